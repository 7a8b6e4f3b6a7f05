#!/usr/bin/env bash
# Plays a switchboard against the desk's generic-CTI door (the shape Zammad's generic CTI, Asterisk/FreePBX and 3CX
# integrations speak): calls ring, most are answered at extension 101 (operator1, whose console fills in the new-call
# form by itself), some callers give up before anyone answers (they land in "Gọi lại" as missed calls), and one
# number a supervisor blocked is rejected.
#   deploy/local/switchboard-sim.sh [calls=12] [seconds between calls=4]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA="${HOTLINE_DATA_DIR:-$ROOT/.data}"
GATEWAY=${GATEWAY:-http://127.0.0.1:8080}
calls=${1:-12}
gap=${2:-4}
token=$(cat "$DATA/cti-token")
url="$GATEWAY/api/cti/$token"
blocked=0901000999

post() { curl -s -X POST "$url" -H 'Content-Type: application/x-www-form-urlencoded' --data "$1"; }

sup=$(GATEWAY=$GATEWAY "$ROOT/deploy/local/token.sh" supervisor1)
curl -s -o /dev/null -X POST "$GATEWAY/api/callers/flags" -H "Authorization: Bearer $sup" -H 'Content-Type: application/json' \
  -d "{\"callerNumber\":\"$blocked\",\"kind\":\"ABUSE\",\"reason\":\"Số gọi quấy rối nhiều lần (mô phỏng)\",\"blocked\":true}" || true

one_call() {
  local n=$1 from id roll
  roll=$((RANDOM % 100))
  from="09$((RANDOM % 90 + 10))$((RANDOM % 900 + 100))$((RANDOM % 900 + 100))"
  id="sim-$(date +%s)-$n-$RANDOM"
  if [ "$roll" -lt 6 ]; then from=$blocked; fi
  reply=$(post "event=newCall&from=$from&to=1022&direction=in&callId=$id&user%5B%5D=Dien+thoai+vien+1")
  if [[ "$reply" == *reject* ]]; then
    echo "call $n from $from: rejected (blocked)"; post "event=hangup&from=$from&to=1022&direction=in&callId=$id&cause=busy" >/dev/null; return
  fi
  if [ "$roll" -lt 25 ]; then
    sleep $((RANDOM % 6 + 3))
    post "event=hangup&from=$from&to=1022&direction=in&callId=$id&cause=cancel" >/dev/null
    echo "call $n from $from: gave up before an answer (missed)"; return
  fi
  sleep $((RANDOM % 4 + 1))
  post "event=answer&from=$from&to=1022&direction=in&callId=$id&answeringNumber=101" >/dev/null
  echo "call $n from $from: answered at 101 (operator1)"
  sleep $((RANDOM % 20 + 10))
  post "event=hangup&from=$from&to=1022&direction=in&callId=$id&cause=normalClearing&answeringNumber=101" >/dev/null
}

for i in $(seq 1 "$calls"); do
  one_call "$i" &
  sleep "$gap"
done
wait
echo "done: see the console (operator1: Cuộc gọi mới, Gọi lại) and GET $GATEWAY/api/cti/queue"
