#!/bin/bash
# ApplicationStop runs the script of the revision deployed before this one, so it must also
# cope with an instance where the service was never installed.
set -euo pipefail

echo "Stopping webapp"
if systemctl cat webapp.service >/dev/null 2>&1; then
  systemctl stop webapp.service
fi
echo "webapp stopped"
