#!/usr/bin/env bash
# Fault drills on the local stack (#17): a shift of operators logs calls through the gateway while one process is
# killed with -9 and started again (kill), stopped cleanly with SIGTERM and started again (term: a broker restart),
# or frozen with SIGSTOP and thawed with SIGCONT (stop: a GC pause or a hung VM). At the end every call is accounted
# for (ShiftLoad's "[bench] RESULT" line: acknowledged, refused, lost, counted by reporting, duplicated).
#   deploy/local/fault-drill.sh <process> <kill|term|stop|none> [seconds]
# process: a pid file's name under .data/pids (local-infra, or local-kafka / local-mongo with HOTLINE_INFRA=split,
# local-kafka-N with HOTLINE_INFRA=cluster; call-intake-service, knowledge-service, routing-service,
# reporting-service, gateway). Several processes separated by commas are hit at the same moment.
# The fault comes AT (default 15) seconds after the measured load started. Needs the stack up (deploy/local/up.sh). deploy/local/fault-all.sh runs every fault in turn.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
TARGETS=${1:?process name}
MODE=${2:?kill, term, stop or none}
DOWN=${3:-10}
AT=${AT:-15}
PIDS=${HOTLINE_DATA_DIR:-.data}/pids
IFS=, read -r -a PROCS <<<"$TARGETS"
if [[ "$MODE" != none ]]; then
  for p in "${PROCS[@]}"; do [[ -f "$PIDS/$p.pid" ]] || { echo "no pid file for $p in $PIDS"; exit 2; }; done
fi
STARTED=$(mktemp -u /tmp/fault-drill.started.XXXXXX)
(
  [[ "$MODE" == none ]] && exit 0
  # AT seconds into the measured load, not into the load generator's logins
  for i in $(seq 1 600); do [[ -f "$STARTED" ]] && break; sleep 0.2; done
  rm -f "$STARTED"
  sleep "$AT"
  pids=()
  for p in "${PROCS[@]}"; do pids+=("$(cat "$PIDS/$p.pid")"); done
  case "$MODE" in
    kill|term)
      sig=-9; [[ "$MODE" == term ]] && sig=-TERM
      echo "[fault] kill $sig $TARGETS (pid ${pids[*]}) at ${AT}s"
      kill "$sig" "${pids[@]}"
      sleep "$DOWN"
      # a clean stop may still be closing: start again only once the process is gone
      for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
      echo "[fault] starting $TARGETS again"
      deploy/local/up.sh >/dev/null 2>&1 || echo "[fault] up.sh failed; see .data/logs"
      echo "[fault] $TARGETS back" ;;
    stop)
      echo "[fault] SIGSTOP $TARGETS (pid ${pids[*]}) at ${AT}s for ${DOWN}s"
      kill -STOP "${pids[@]}"
      sleep "$DOWN"
      kill -CONT "${pids[@]}"
      echo "[fault] SIGCONT $TARGETS" ;;
  esac
) &
deploy/local/bench.sh --operators "${OPERATORS:-10}" --rate "${RATE:-10}" --seconds "${SECONDS_PER_TARGET:-40}" --warmup 0 \
  --targets "${BENCH_TARGETS:-gateway}" --started-file "$STARTED" 2>&1 | grep --line-buffered '\[bench\]'
wait
