#!/usr/bin/env bash
# Prints an access token for a demo user, for curl and the seed.d scripts:
#   curl -H "Authorization: Bearer $(deploy/local/token.sh supervisor1)" "$GATEWAY/api/knowledge/entries"
set -euo pipefail
user=${1:-operator1}
password=${2:-demo1022}
gateway=${GATEWAY:-http://127.0.0.1:8080}
curl -fsS -X POST "$gateway/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$password\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
