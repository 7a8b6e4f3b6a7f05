#!/usr/bin/env bash
# Starts the whole 1022 platform on this machine: a real Kafka broker and a MongoDB wire-protocol server
# (local-infra), the four services and the gateway. Safe to run twice: running processes are left alone.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA="${HOTLINE_DATA_DIR:-$ROOT/.data}"
LOGS="$DATA/logs"
PIDS="$DATA/pids"
SECONDS=0
# HOTLINE_JSON_LOGS=1 writes one JSON object per log line (Elastic Common Schema) for log shippers.
if [ "${HOTLINE_JSON_LOGS:-0}" = 1 ]; then export LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs; fi
mkdir -p "$LOGS" "$PIDS"
cd "$ROOT"

# name:module:port  (order = start order; the gateway last)
SERVICES=(
  "call-intake-service:call-intake-service:8081"
  "knowledge-service:knowledge-service:8082"
  "routing-service:routing-service:8083"
  "reporting-service:reporting-service:8084"
  "gateway:gateway:8080"
)
INFRA_JAR="deploy/local-infra/target/local-infra-0.1.0-SNAPSHOT-exec.jar"

say() { printf '[up] %s\n' "$*"; }

ensure_tools() {
  local missing=()
  command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || missing+=(maven)
  command -v curl >/dev/null || missing+=(curl)
  if ((${#missing[@]})); then
    say "installing ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}"
  fi
}

jar_of() { ls "$1"/target/"$1"-*.jar 2>/dev/null | grep -v -- '-plain\|original' | head -n1 || true; }

needs_build() {
  [ -f "$INFRA_JAR" ] || return 0
  local entry module jar
  for entry in "${SERVICES[@]}"; do
    module=$(cut -d: -f2 <<<"$entry")
    jar=$(jar_of "$module")
    [ -n "$jar" ] || return 0
    # rebuild when any source or pom is newer than the jar
    if [ -n "$(find "$module/src" "$module/pom.xml" contracts/src access-policy/src support-core/src service-support/src -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
      return 0
    fi
  done
  return 1
}

running() {  # pidfile marker -> 0 if that process is alive and is ours
  local pidfile=$1 marker=$2 pid
  [ -f "$pidfile" ] || return 1
  pid=$(cat "$pidfile")
  kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "-Dhotline.process=$marker"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Logs are appended per start (a restart keeps the crashed process's last lines) and rotated past 20 MB.
open_log() {
  local log="$LOGS/$1.log"
  if [ -f "$log" ] && [ "$(stat -c %s "$log")" -gt 20971520 ]; then mv -f "$log" "$log.1"; fi
  printf '\n===== %s: started by up.sh =====\n' "$(date -Is)" >>"$log"
  echo "$log"
}

wait_port() {
  local port=$1 what=$2 i
  for i in $(seq 1 120); do port_open "$port" && return 0; sleep 0.5; done
  say "$what did not open port $port; see $LOGS"; exit 1
}

# The infrastructure's layout. single (default): one JVM, local-infra, with the broker and the store. split: the
# store (local-mongo) and the broker (local-kafka) in two JVMs, so a fault drill can kill either alone. cluster: the
# store and three brokers (local-kafka-1..3: RF 3, min.insync.replicas 2, ports 9092/9094/9096). Chosen by
# HOTLINE_INFRA on a start and remembered until down.sh, so a restart after a fault keeps the layout.
LAYOUT=${HOTLINE_INFRA:-$(cat "$PIDS/layout" 2>/dev/null || echo single)}
case "$LAYOUT" in
  single|split|cluster) ;;
  *) say "HOTLINE_INFRA=$LAYOUT: expected single, split or cluster"; exit 1 ;;
esac
if [ -f "$PIDS/layout" ] && [ "$(cat "$PIDS/layout")" != "$LAYOUT" ]; then
  say "the stack runs with the $(cat "$PIDS/layout") layout: run deploy/local/down.sh before starting it as $LAYOUT"; exit 1
fi
if [ "$LAYOUT" = cluster ]; then export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096; fi
INFRA_PORTS=(9092 27017)
[ "$LAYOUT" = cluster ] && INFRA_PORTS=(9092 9094 9096 27017)

infra_running() {  # 0 if any infrastructure process of up.sh is alive
  local f
  for f in "$PIDS"/local-*.pid; do [ -e "$f" ] && running "$f" "$(basename "$f" .pid)" && return 0; done
  return 1
}

# infra_process name args...: one JVM of the infrastructure, unless it is already running
infra_process() {
  local name=$1; shift
  if running "$PIDS/$name.pid" "$name"; then say "$name already running"; return; fi
  # HOTLINE_STORE_FSYNC=false: commit every write but let the OS flush it (survives a crash of the process, not of the machine; ADR-002)
  # HOTLINE_STORE_INDEXES=false: the store's own query path, which scans for all but exact unique-key lookups (store-compare.sh)
  nohup java -Dhotline.process="$name" -Dhotline.store.fsync="${HOTLINE_STORE_FSYNC:-true}" \
    -Dhotline.store.indexes="${HOTLINE_STORE_INDEXES:-true}" -Xmx384m -XX:+UseSerialGC ${HOTLINE_JVM_FLAGS--XX:TieredStopAtLevel=1} \
    -jar "$INFRA_JAR" "$DATA" 9092 27017 "$@" >>"$(open_log "$name")" 2>&1 &
  echo $! >"$PIDS/$name.pid"
  say "$name started (pid $!)"
}

start_infra() {
  if ! infra_running; then
    for p in "${INFRA_PORTS[@]}"; do
      if port_open $p; then say "port $p is taken by another process; stop it first"; exit 1; fi
    done
  fi
  echo "$LAYOUT" >"$PIDS/layout"
  case "$LAYOUT" in
    # each infrastructure JVM's own metrics (heap, GC, bytes on disk): http://127.0.0.1:9404/metrics and up
    single) infra_process local-infra --metrics-port 9404 ;;
    split) infra_process local-mongo --only mongo --metrics-port 9404; infra_process local-kafka --only kafka --metrics-port 9405 ;;
    cluster)
      infra_process local-mongo --only mongo --metrics-port 9404
      for n in 1 2 3; do infra_process "local-kafka-$n" --only kafka --node "$n" --nodes 3 --metrics-port $((9404 + n)); done ;;
  esac
}

start_service() {
  local name=$1 module=$2 port=$3 jar
  if running "$PIDS/$name.pid" "$name"; then say "$name already running"; return; fi
  if port_open "$port"; then say "port $port is taken by another process; stop it first"; exit 1; fi
  jar=$(jar_of "$module")
  # services listen on loopback only: the gateway (:8080, GATEWAY_ADDRESS) is the one door of the local stack
  local address=127.0.0.1
  [ "$name" = gateway ] && address=${GATEWAY_ADDRESS:-0.0.0.0}
  # HOTLINE_JVM_FLAGS replaces the JIT flag of every JVM (docs/benchmarks.md compares C1 only with tiered)
  PORT=$port SERVER_ADDRESS=$address nohup java -Dhotline.process="$name" -Xms64m -Xmx256m -XX:+UseSerialGC ${HOTLINE_JVM_FLAGS--XX:TieredStopAtLevel=1} \
    -Xss512k -XX:ReservedCodeCacheSize=64m -jar "$jar" >>"$(open_log "$name")" 2>&1 &
  echo $! >"$PIDS/$name.pid"
  say "$name started on :$port (pid $!)"
}

wait_healthy() {
  local name=$1 port=$2 module=$3 i retried=0
  for i in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then return 0; fi
    if ! running "$PIDS/$name.pid" "$name"; then
      # Five JVMs starting at once on two cores can keep the store from answering a service's first queries within
      # its 5 s timeout (seen in the fault drills, #17): one more start, alone, before giving up.
      if [ "$retried" = 0 ]; then
        retried=1; say "$name exited while starting; starting it once more"; start_service "$name" "$module" "$port"; continue
      fi
      say "$name exited; last lines of $LOGS/$name.log:"; tail -n 30 "$LOGS/$name.log"; exit 1
    fi
    sleep 0.5
  done
  say "$name not healthy after 90 s; see $LOGS/$name.log"; exit 1
}

ensure_tools
if needs_build && infra_running; then
  # Rebuilding a jar under a running JVM breaks its class loading: never do that to a live stack.
  say "sources changed since the last build, but the stack is running: run deploy/local/down.sh first to rebuild"
elif needs_build; then
  say "building (mvn install, tests skipped): first time takes a few minutes"
  mvn -B -q -Dmaven.test.skip=true -DskipTests install
fi

# The switchboard's CTI door: one secret token, made on the first start and kept (a PBX is configured once).
if [ ! -s "$DATA/cti-token" ]; then
  (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$DATA/cti-token")
fi
export HOTLINE_CTI_TOKEN="$(cat "$DATA/cti-token")"

built_in=$SECONDS
start_infra
wait_port 27017 "MongoDB protocol server"
for p in "${INFRA_PORTS[@]}"; do [ "$p" = 27017 ] || wait_port "$p" "Kafka"; done
for entry in "${SERVICES[@]}"; do IFS=: read -r name module port <<<"$entry"; start_service "$name" "$module" "$port"; done
for entry in "${SERVICES[@]}"; do IFS=: read -r name module port <<<"$entry"; wait_healthy "$name" "$port" "$module"; done
say "all healthy ${SECONDS}s after the start ($((SECONDS - built_in))s after the build)"

for seed in "$ROOT"/deploy/local/seed.d/*.sh; do
  [ -e "$seed" ] || continue
  say "loading reference data: $(basename "$seed")"
  # Seeds are idempotent; right after a restart the gateway's circuit breakers may still be open for a few
  # seconds, so a failed seed is tried again with growing pauses before up.sh gives up.
  for attempt in 1 2 3 4 5 6; do
    if GATEWAY=http://127.0.0.1:8080 bash "$seed" >>"$LOGS/seed.log" 2>&1; then break; fi
    if [ "$attempt" -eq 6 ]; then say "seed $(basename "$seed") failed 6 times; see $LOGS/seed.log"; exit 1; fi
    say "seed $(basename "$seed") not accepted yet (attempt $attempt); the gateway is settling, trying again"
    sleep $((attempt * 2))
  done
done

rss=0
for f in "$PIDS"/*.pid; do r=$(ps -o rss= -p "$(cat "$f")" 2>/dev/null || echo 0); rss=$((rss + ${r:-0})); done
cat <<MSG

  Tổng đài 1022 is up in ${SECONDS}s, of which $((SECONDS - built_in))s starting (total RSS $((rss / 1024)) MiB).
  Operator console / API gateway: http://127.0.0.1:8080/
  Services: intake :8081, knowledge :8082, routing :8083, reporting :8084
  Kafka: ${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092} ($LAYOUT layout)    MongoDB protocol: mongodb://127.0.0.1:27017
  Demo logins (password demo1022): operator1, supervisor1, ops1, admin1, unit-<unitCode>
  Try:  TOKEN=\$(deploy/local/token.sh operator1)
        curl -s -XPOST localhost:8080/api/calls -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
          -d '{"callerNumber":"0908.15.83.83","locality":"HAM_TAN","topic":"TRAVEL_TRANSPORT","question":"Đi từ Hàm Tân vào TP.HCM cần giấy tờ gì?"}'
        curl -s "localhost:8080/api/reports/summary?from=\$(date +%F)&to=\$(date +%F)" -H "Authorization: Bearer \$(deploy/local/token.sh supervisor1)"
  Wallboard: http://127.0.0.1:8080/api/reports/wallboard (after logging in to the console as supervisor1 or ops1)
  Switchboard (generic CTI): POST http://127.0.0.1:8080/api/cti/\$(cat $DATA/cti-token)
        extensions 101 = operator1, 102 = supervisor1; a simulated shift: deploy/local/switchboard-sim.sh
  Logs: $LOGS    Stop: deploy/local/down.sh
MSG
