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

# the gateway and services first, the infrastructure they depend on last
for f in "$PIDS"/*.pid; do [ -e "$f" ] && [ "$(basename "$f")" != local-infra.pid ] && stop "$f"; done
[ -e "$PIDS/local-infra.pid" ] && stop "$PIDS/local-infra.pid"
exit 0
