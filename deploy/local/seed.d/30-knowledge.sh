#!/usr/bin/env bash
# The sample knowledge base (68 Q&A written by the team, all topics) imported and PUBLISHED through the gateway.
# Idempotent: the import upserts by externalId, so a second run reports every row "unchanged".
set -euo pipefail
GATEWAY="${GATEWAY:-http://127.0.0.1:8080}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
file="$here/../../../knowledge-service/src/main/resources/sample/knowledge-base.ndjson"

token=$(curl -sf -X POST "$GATEWAY/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"supervisor1","password":"demo1022"}' | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' || true)
auth=(-H "X-User: supervisor1" -H "X-Roles: SUPERVISOR")
[ -n "$token" ] && auth=(-H "Authorization: Bearer $token")

result=$(curl -sf -X POST "$GATEWAY/api/knowledge/import" "${auth[@]}" \
  -H 'Content-Type: application/x-ndjson' --data-binary "@$file")
counts=$(echo "$result" | sed -n 's/.*"created":\([0-9]*\),"updated":\([0-9]*\),"unchanged":\([0-9]*\),"failed":\([0-9]*\).*/created=\1 updated=\2 unchanged=\3 failed=\4/p')
echo "[seed] knowledge base imported and published: ${counts:-$result}"
