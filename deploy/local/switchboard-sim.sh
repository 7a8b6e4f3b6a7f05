#!/usr/bin/env bash
# Plays a switchboard against the desk's generic-CTI door (the shape Zammad's generic CTI, Asterisk/FreePBX and 3CX
# integrations speak): calls ring, most are answered at extension 101 (operator1, whose console fills in the new-call
# form by itself), some callers give up before anyone answers (they land in "Gọi lại" as missed calls), and one
# number a supervisor blocked is rejected.
#   deploy/local/switchboard-sim.sh [calls=12] [seconds between calls=4]
#   deploy/local/switchboard-sim.sh day [calls in the day=150] [seconds per hour=10]
#     plays a whole day compressed (hour h lasts the given seconds): arrivals follow the hotline's day (quiet nights,
#     peaks mid-morning and mid-afternoon), callers give up more often at the peaks, answers alternate between
#     extensions 101 (operator1) and 102 (supervisor1).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA="${HOTLINE_DATA_DIR:-$ROOT/.data}"
GATEWAY=${GATEWAY:-http://127.0.0.1:8080}
mode=count
if [ "${1:-}" = day ]; then mode=day; shift; fi
calls=${1:-12}
gap=${2:-4}
if [ "$mode" = day ]; then calls=${1:-150}; hour_seconds=${2:-10}; fi
give_up=25   # percent of callers who hang up before an answer; higher at the day's peaks
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
  if [ "$roll" -lt "$give_up" ]; then
    sleep $((RANDOM % 6 + 3))
    post "event=hangup&from=$from&to=1022&direction=in&callId=$id&cause=cancel" >/dev/null
    echo "call $n from $from: gave up before an answer (missed)"; return
  fi
  sleep $((RANDOM % 4 + 1))
  local ext=101 who=operator1
  if [ "$mode" = day ] && [ $((n % 2)) -eq 0 ]; then ext=102; who=supervisor1; fi
  post "event=answer&from=$from&to=1022&direction=in&callId=$id&answeringNumber=$ext" >/dev/null
  echo "call $n from $from: answered at $ext ($who)"
  sleep $((RANDOM % 20 + 10))
  post "event=hangup&from=$from&to=1022&direction=in&callId=$id&cause=normalClearing&answeringNumber=$ext" >/dev/null
}

if [ "$mode" = day ]; then
  # share of a day's calls in each hour (Asia/Ho_Chi_Minh), the shape of the wallboard's hourly chart
  weights=(1 1 1 1 1 2 3 6 9 10 10 8 5 6 9 9 8 6 4 4 3 2 1 1)
  total=0; for w in "${weights[@]}"; do total=$((total + w)); done
  n=0
  for h in $(seq 0 23); do
    in_hour=$(( (calls * weights[h] + total / 2) / total ))
    give_up=$(( weights[h] >= 9 ? 35 : 15 ))
    echo "-- hour $(printf %02d "$h"): $in_hour calls"
    for _ in $(seq 1 "$in_hour"); do
      n=$((n + 1))
      one_call "$n" &
      sleep "$(awk -v s="$hour_seconds" -v k="$in_hour" 'BEGIN { printf "%.2f", s / k }')"
    done
    [ "$in_hour" -gt 0 ] || sleep "$hour_seconds"
  done
else
  for i in $(seq 1 "$calls"); do
    one_call "$i" &
    sleep "$gap"
  done
fi
wait
echo "done: see the console (operator1: Cuộc gọi mới, Gọi lại) and GET $GATEWAY/api/cti/queue"
