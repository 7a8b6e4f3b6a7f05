#!/usr/bin/env bash
# The 3-broker drill (#17): the stack on a local KRaft cluster of three brokers made of the same artefacts
# (HOTLINE_INFRA=cluster: RF 3, min.insync.replicas 2, producers acks=all + idempotence), under the shift load:
#   1. one broker killed with -9 and brought back 20 s later: nothing refused, nothing lost, nothing counted twice;
#   2. two brokers killed with -9 for 30 s: no partition can take an acks=all write (and the controller quorum is
#      gone). Intake still answers 201 (the call and its event are one durable Mongo write, the outbox); the events
#      wait in the outbox (printed every 3 s, with intake's readiness and a search) and flow when the brokers
#      return, after which every call is checked in intake and in reporting's summary.
# Starts and stops the stack itself. Output also in .data/logs/cluster-drill.txt.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
OUT=.data/logs/cluster-drill.txt
mkdir -p .data/logs
exec > >(tee "$OUT") 2>&1
BOOT=127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096

state() { java -cp "deploy/system-tests/target/test-classes:$(cat deploy/system-tests/target/bench.classpath)" \
  vn.hotline1022.system.bench.ClusterState "$BOOT" 2>/dev/null | grep '\[cluster\]'; }

# Prints every 3 s what a supervisor would look at while brokers are gone: intake's outbox backlog, its readiness
# and whether a search still answers.
watch_outbox() {
  local t0=$SECONDS tok
  tok=$(deploy/local/token.sh operator1)
  while :; do
    backlog=$(curl -s --max-time 5 localhost:8081/actuator/prometheus | awk '/^hotline_outbox_backlog\{/ {s+=$NF} END {print s+0}')
    ready=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 localhost:8081/actuator/health/readiness)
    search=$(curl -s -o /dev/null -w '%{http_code} %{time_total}s' --max-time 5 -H "Authorization: Bearer $tok" \
      'localhost:8080/api/knowledge/search?q=tiem%20vac%20xin&limit=8')
    echo "[watch] t=$((SECONDS - t0))s intake outbox backlog $backlog, readiness $ready, search $search"
    sleep 3
  done
}

deploy/local/down.sh >/dev/null
HOTLINE_INFRA=cluster deploy/local/up.sh | grep 'all healthy'
deploy/local/bench.sh --build-only
echo "== the cluster before the drill"
state

echo "== 1. one broker (local-kafka-2) kill -9 at 15 s, back after 20 s"
AT=15 deploy/local/fault-drill.sh local-kafka-2 kill 20 | grep 'fault\|RESULT\|errors\|call  '
state

echo "== 2. two brokers (local-kafka-2, local-kafka-3) kill -9 at 15 s, back after 30 s"
watch_outbox & WATCH=$!
AT=15 deploy/local/fault-drill.sh local-kafka-2,local-kafka-3 kill 30 | grep 'fault\|RESULT\|errors\|call  \|201 ->'
kill "$WATCH"
state
deploy/local/down.sh >/dev/null
