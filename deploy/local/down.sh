#!/usr/bin/env bash
# Stops exactly the processes up.sh started (by their PID files), never anything else by name.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PIDS="${HOTLINE_DATA_DIR:-$ROOT/.data}/pids"
[ -d "$PIDS" ] || { echo "[down] nothing to stop"; exit 0; }

stop() {
  local pidfile=$1 name pid i
  name=$(basename "$pidfile" .pid)
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "-Dhotline.process=$name"; then
    kill -TERM "$pid"
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then echo "[down] $name did not stop in 30 s; killing"; kill -KILL "$pid"; fi
    echo "[down] stopped $name (pid $pid)"
  fi
  rm -f "$pidfile"
}

# the gateway and services first, the infrastructure they depend on last (local-infra, or local-mongo and
# local-kafka[-N] in the split and cluster layouts), the brokers before the store
for f in "$PIDS"/*.pid; do [ -e "$f" ] && [[ "$(basename "$f")" != local-* ]] && stop "$f"; done
for f in "$PIDS"/local-kafka*.pid "$PIDS"/local-infra.pid "$PIDS"/local-mongo.pid; do [ -e "$f" ] && stop "$f"; done
rm -f "$PIDS/layout"
exit 0
