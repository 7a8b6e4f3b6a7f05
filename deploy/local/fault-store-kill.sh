#!/usr/bin/env bash
# Fault drill on the local stack: a shift of operators logs calls through the gateway while the embedded store and
# broker (local-infra) is killed with -9 and started again; at the end every call answered 201 is looked up in intake.
# Prints the load generator's figures and "lost N". Needs the stack up (deploy/local/up.sh) and the test classes
# built (mvn -q -pl deploy/system-tests -am -DskipTests test-compile).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PIDS=.data/pids
KILL_AFTER=${KILL_AFTER:-15}
(
  sleep "$KILL_AFTER"
  pid=$(cat "$PIDS/local-infra.pid")
  echo "[fault] kill -9 local-infra (pid $pid) at ${KILL_AFTER}s"
  kill -9 "$pid"
  sleep 3
  echo "[fault] starting local-infra again"
  deploy/local/up.sh >/dev/null 2>&1 || true
  echo "[fault] local-infra back"
) &
mvn -q -pl deploy/system-tests exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hotline1022.system.bench.ShiftLoad \
  -Dexec.args="--operators ${OPERATORS:-10} --rate ${RATE:-10} --seconds ${SECONDS_PER_TARGET:-40} --warmup 0" 2>&1 | grep '\[bench\]'
wait
