#!/bin/bash
# BeforeInstall: the service account and the directory the files section installs into.
set -euo pipefail

echo "Preparing /opt/webapp"
if ! id webapp >/dev/null 2>&1; then
  useradd --system --home-dir /opt/webapp --shell /usr/sbin/nologin webapp
fi
mkdir -p /opt/webapp
if ! command -v node >/dev/null 2>&1; then
  echo "Node.js is missing: install Node.js 20 or later in the instance image" >&2
  exit 1
fi
echo "Node.js $(node --version) found"
