#!/usr/bin/env bash
# The local stack's JIT flags from measurements (#17): starts the stack once with C1 only (-XX:TieredStopAtLevel=1,
# the default of up.sh) and once with default tiered compilation (C1 + C2), each on the same data, and prints cold
# start, stack RSS after the load, and the shift load's call and search percentiles at a fixed rate. With JFR=1 it
# also records knowledge-service and call-intake-service (JFR, 60 s of the measured phase) in the second run and
# prints their hottest methods. Output also in .data/logs/flags-compare.txt.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
OUT=${HOTLINE_DATA_DIR:-.data}/logs/flags-compare.txt
mkdir -p "$(dirname "$OUT")"
exec > >(tee "$OUT") 2>&1
LOAD=(--operators "${OPERATORS:-20}" --rate "${RATE:-20}" --seconds "${SECONDS_PER_TARGET:-60}" --warmup "${WARMUP:-40}" --targets gateway,direct)
DATA=${HOTLINE_DATA_DIR:-.data}
PIDS=$DATA/pids

rss() { local t=0 f r; for f in "$PIDS"/*.pid; do r=$(ps -o rss= -p "$(cat "$f")" 2>/dev/null || echo 0); t=$((t + ${r:-0})); done; echo $((t / 1024)); }

hot() {  # jfr-file label: the 25 most sampled top frames, and the 25 most sampled frames of our own code
  local f=$1 label=$2
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$f" >"$f.txt"
  echo "== $label: $(grep -c 'jdk.ExecutionSample' "$f.txt") execution samples; top frames (self time)"
  awk '/stackTrace = \[/ {getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$f.txt" | sort | uniq -c | sort -rn | head -25
  echo "== $label: frames of vn.hotline1022 on the sampled stacks (inclusive)"
  awk '/stackTrace = \[/ {inside=1; delete seen; next} inside && /^[ \t]*\]/ {inside=0} inside && /vn\.hotline1022/ {l=$0; sub(/^[ \t]+/, "", l); sub(/line:.*/, "", l); if (!(l in seen)) {seen[l]=1; print l}}' "$f.txt" \
    | sort | uniq -c | sort -rn | head -25
}

for mode in ${MODES:-c1 tiered}; do
  JFR_PID=
  deploy/local/down.sh >/dev/null
  if [ "$mode" = c1 ]; then flags="-XX:TieredStopAtLevel=1"; else flags=""; fi
  echo "=== $mode (${flags:-default tiered C1+C2})"
  HOTLINE_JVM_FLAGS="$flags" deploy/local/up.sh | grep 'all healthy\|is up in'
  echo "[flags] $mode stack RSS after start: $(rss) MiB"
  if [ "${JFR:-0}" = 1 ] && [ "$mode" = tiered ]; then
    (
      # into the measured gateway phase: after logins, the warm-up and the settle
      sleep $(( ${WARMUP:-40} + 30 ))
      for p in knowledge-service call-intake-service; do
        jcmd "$(cat "$PIDS/$p.pid")" JFR.start name=bench settings=profile duration=60s filename="$(realpath "$DATA")/logs/$p.jfr" >/dev/null
      done
      echo "[flags] JFR started on knowledge-service and call-intake-service for 60 s"
    ) &
    JFR_PID=$!
  fi
  deploy/local/bench.sh "${LOAD[@]}" --pids "$PIDS" 2>&1 | grep --line-buffered '\[bench\]' | grep -v 'transfer'
  # only the recording's timer: a bare wait would also wait for the tee of this script's output
  [ -n "$JFR_PID" ] && wait "$JFR_PID"
  echo "[flags] $mode stack RSS after the load: $(rss) MiB"
done
deploy/local/down.sh >/dev/null
if [ "${JFR:-0}" = 1 ]; then
  hot "$DATA/logs/knowledge-service.jfr" "knowledge-service under search load"
  hot "$DATA/logs/call-intake-service.jfr" "call-intake-service under call load"
fi
