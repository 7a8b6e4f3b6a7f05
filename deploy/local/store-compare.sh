#!/usr/bin/env bash
# The embedded store's query path, measured (#17): the same shift load on a fresh stack twice, first with
# mongo-java-server's own path (HOTLINE_STORE_INDEXES=false: only exact unique-key lookups use an index, every other
# query scans its collection), then with local-infra's indexed path (ids with conditions, non-unique equality
# indexes, counts). Prints the load generator's verdict and percentiles, the stack's RSS, and the store's busiest
# scans of the last minute. Output also in .data/logs/store-compare.txt.
#   OPERATORS=30 RATE=40 SECONDS_PER_TARGET=120 deploy/local/store-compare.sh
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
DATA=${HOTLINE_DATA_DIR:-.data}
OUT=$DATA/logs/store-compare.txt
mkdir -p "$(dirname "$OUT")"
exec > >(tee "$OUT") 2>&1
LOAD=(--operators "${OPERATORS:-30}" --rate "${RATE:-40}" --seconds "${SECONDS_PER_TARGET:-120}" --warmup "${WARMUP:-0}" --targets "${TARGETS:-gateway}")
PIDS=$DATA/pids

rss() { local t=0 f r; for f in "$PIDS"/*.pid; do r=$(ps -o rss= -p "$(cat "$f")" 2>/dev/null || echo 0); t=$((t + ${r:-0})); done; echo $((t / 1024)); }

for mode in ${MODES:-scan indexed}; do
  deploy/local/down.sh >/dev/null
  rm -rf "$DATA/mongo" "$DATA/kafka" "$DATA"/*.mv 2>/dev/null
  if [ "$mode" = scan ]; then indexes=false; else indexes=true; fi
  echo "=== $mode (HOTLINE_STORE_INDEXES=$indexes), fresh data"
  HOTLINE_STORE_INDEXES=$indexes deploy/local/up.sh | grep 'is up in'
  mark=$(wc -l <"$DATA/logs/local-infra.log" 2>/dev/null || echo 0)
  deploy/local/bench.sh "${LOAD[@]}" --pids "$PIDS" 2>&1 | grep --line-buffered '\[bench\]'
  echo "[store] $mode stack RSS after the load: $(rss) MiB"
  echo "[store] $mode the store's scans during the load (ScanLog, per minute):"
  tail -n +"$((mark + 1))" "$DATA/logs/local-infra.log" | grep -A8 'store scans in the last minute' | head -40
done
deploy/local/down.sh >/dev/null
