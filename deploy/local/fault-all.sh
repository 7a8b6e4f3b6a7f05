#!/usr/bin/env bash
# Every fault of #17 in turn on the local stack, under the same shift load (10 operators, 10 calls/s, 40 s through
# the gateway, the fault at 15 s), and one table at the end:
#   fault | acknowledged | refused (of which stored anyway) | lost | duplicated | counted by reporting / stored
# First with the default layout (one local-infra JVM), then with the broker and the store as two processes
# (HOTLINE_INFRA=split) for the broker alone and the store alone. Starts and stops the stack itself; the data
# directory is kept. Output also in .data/logs/fault-all.txt.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
OUT=.data/logs/fault-all.txt
mkdir -p .data/logs
: >"$OUT"
RESULTS=()

drill() {  # label process mode seconds
  local label=$1 line
  echo "=== $label" | tee -a "$OUT"
  deploy/local/fault-drill.sh "$2" "$3" "$4" 2>&1 | tee -a "$OUT" >/tmp/fault-drill.$$ || true
  grep '\[fault\]\|RESULT\|errors' /tmp/fault-drill.$$
  line=$(grep 'RESULT' /tmp/fault-drill.$$ | tail -n1)
  RESULTS+=("$label|$line")
  rm -f /tmp/fault-drill.$$
}

field() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<"$2"; }

deploy/local/down.sh >/dev/null
deploy/local/up.sh | grep 'all healthy'
drill "none (baseline)" none none 0
drill "local-infra (broker + store) kill -9, 5 s" local-infra kill 5
drill "local-infra SIGSTOP 10 s" local-infra stop 10
drill "call-intake-service kill -9, 5 s" call-intake-service kill 5
drill "call-intake-service SIGSTOP 10 s" call-intake-service stop 10
drill "knowledge-service kill -9, 5 s" knowledge-service kill 5
drill "routing-service kill -9, 5 s" routing-service kill 5
drill "reporting-service kill -9, 5 s" reporting-service kill 5
drill "gateway kill -9, 5 s" gateway kill 5
deploy/local/down.sh >/dev/null
HOTLINE_INFRA=split deploy/local/up.sh | grep 'all healthy'
drill "broker alone: stop (SIGTERM), start after 10 s" local-kafka term 10
drill "broker alone: kill -9, 10 s" local-kafka kill 10
drill "store alone (Mongo protocol): kill -9, 10 s" local-mongo kill 10
drill "store alone: SIGSTOP 10 s" local-mongo stop 10
deploy/local/down.sh >/dev/null

{
  echo
  echo "| fault (gateway phase, fault at ${AT:-15} s) | acknowledged | refused (stored anyway) | lost | duplicated | counted by reporting / calls stored |"
  echo "|---|---|---|---|---|---|"
  for r in "${RESULTS[@]}"; do
    label=${r%%|*}; line=${r#*|}
    if [ -z "$line" ]; then echo "| $label | no result (see $OUT) | | | | |"; continue; fi
    echo "| $label | $(field acknowledged "$line") | $(field refused "$line") ($(field stored_anyway "$line")) | $(field lost "$line") | $(field duplicated "$line") | $(field counted_by_reporting "$line") / $(field calls_stored "$line") |"
  done
} | tee -a "$OUT"
