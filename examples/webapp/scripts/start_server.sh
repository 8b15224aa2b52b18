#!/bin/bash
# ApplicationStart: (re)start the service with the files just installed.
set -euo pipefail

echo "Starting webapp"
systemctl daemon-reload
systemctl enable webapp.service
systemctl restart webapp.service
echo "webapp started on port 8080"
