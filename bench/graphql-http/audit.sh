#!/usr/bin/env bash
# GraphQL over HTTP conformance of a running gateway: graphql-http's serverAudits (the package's own suite, pinned
# in package-lock.json). Usage: bench/graphql-http/audit.sh [url], default http://localhost:8080/graphql
# (./ipaccord up). Needs Node.js 18+ and npm; installs the pinned packages on first use.
set -euo pipefail
cd "$(dirname "$0")"
url="${1:-http://localhost:8080/graphql}"
if [ ! -d node_modules/graphql-http ]; then
  npm ci --no-audit --no-fund --silent
fi
exec node audit.mjs "$url"
