#!/usr/bin/env bash
# Fault drills on the local stack (#17): a shift of operators logs calls through the gateway while one process is
# killed with -9 and started again (kill) or frozen with SIGSTOP and thawed with SIGCONT (stop, a GC pause or a hung
# VM); at the end every call answered 201 is looked up in intake and the load generator prints "lost N".
#   deploy/local/fault-drill.sh <local-infra|call-intake-service|routing-service|knowledge-service|reporting-service|gateway> <kill|stop> [seconds]
# Needs the stack up (deploy/local/up.sh) and the test classes built (mvn -q -pl deploy/system-tests -am -DskipTests test-compile).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
TARGET=${1:?process name}
MODE=${2:?kill or stop}
DOWN=${3:-10}
AT=${AT:-15}
PIDS=${HOTLINE_DATA_DIR:-.data}/pids
[[ -f "$PIDS/$TARGET.pid" ]] || { echo "no pid file for $TARGET in $PIDS"; exit 2; }
(
  sleep "$AT"
  pid=$(cat "$PIDS/$TARGET.pid")
  if [[ "$MODE" == kill ]]; then
    echo "[fault] kill -9 $TARGET (pid $pid) at ${AT}s"
    kill -9 "$pid"
    sleep "$DOWN"
    echo "[fault] starting $TARGET again"
    deploy/local/up.sh >/dev/null 2>&1 || true
    echo "[fault] $TARGET back"
  else
    echo "[fault] SIGSTOP $TARGET (pid $pid) at ${AT}s for ${DOWN}s"
    kill -STOP "$pid"
    sleep "$DOWN"
    kill -CONT "$pid"
    echo "[fault] SIGCONT $TARGET"
  fi
) &
mvn -q -o -pl deploy/system-tests exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hotline1022.system.bench.ShiftLoad \
  -Dexec.args="--operators ${OPERATORS:-10} --rate ${RATE:-10} --seconds ${SECONDS_PER_TARGET:-40} --warmup 0" 2>&1 | grep '\[bench\]'
wait
