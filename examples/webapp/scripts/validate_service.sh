#!/bin/bash
# ValidateService: the deployment succeeds on this instance only once the app answers.
set -euo pipefail

echo "Checking http://127.0.0.1:8080/health"
if ! curl --fail --silent --show-error --retry 10 --retry-connrefused --retry-delay 2 \
  http://127.0.0.1:8080/health; then
  echo "webapp did not become healthy on port 8080" >&2
  exit 1
fi
echo "webapp is healthy"
