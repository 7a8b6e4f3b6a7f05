#!/usr/bin/env bash
# Creates (or tops up) every hotline topic on the compose Kafka cluster from deploy/kafka-topics.tsv and
# deploy/units.txt: replication factor 3, min.insync.replicas=2, the catalogue's partitions and retention,
# a .DLT twin with the same partition count, and one escalation topic per unit. Idempotent: re-run it after
# adding a unit or raising a partition count (partitions are only ever added, never removed).
set -euo pipefail

BOOTSTRAP=${KAFKA_BOOTSTRAP_SERVERS:-kafka-1:9092}
CATALOGUE=${TOPIC_CATALOGUE:-/hotline/kafka-topics.tsv}
UNITS=${UNITS_FILE:-/hotline/units.txt}
KAFKA_BIN=${KAFKA_BIN:-/opt/kafka/bin}
DAY_MS=86400000
export BOOTSTRAP KAFKA_BIN

# one line per topic: name partitions retention.ms cleanup.policy
specs() {
  local topic parts days cleanup dlt unit ms
  while IFS=$'\t' read -r topic parts days cleanup dlt; do
    [[ -z "$topic" || "$topic" == \#* ]] && continue
    if ((days < 0)); then ms=-1; else ms=$((days * DAY_MS)); fi
    echo "$topic $parts $ms $cleanup"
    if [[ "$dlt" == yes ]]; then echo "$topic.DLT $parts $((30 * DAY_MS)) delete"; fi
  done <"$CATALOGUE"
  grep -E '^[A-Z][A-Z0-9_]*$' "$UNITS" | while read -r unit; do
    echo "hotline.escalations.$unit.v1 3 $((30 * DAY_MS)) delete"
  done
}

ensure_topic() {
  local topic=$1 parts=$2 ms=$3 cleanup=$4 current
  local configs="min.insync.replicas=2,retention.ms=$ms,cleanup.policy=$cleanup"
  if "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$topic" \
      --partitions "$parts" --replication-factor 3 \
      --config min.insync.replicas=2 --config "retention.ms=$ms" --config "cleanup.policy=$cleanup" >/dev/null; then
    current=$("$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --describe --topic "$topic" |
      sed -n 's/.*PartitionCount: *\([0-9]*\).*/\1/p' | head -n1)
    if ((current < parts)); then
      "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --alter --topic "$topic" --partitions "$parts"
    fi
    "$KAFKA_BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics \
      --entity-name "$topic" --add-config "$configs" >/dev/null
    echo "ok  $topic partitions=$parts retention.ms=$ms cleanup.policy=$cleanup"
  else
    echo "ERR $topic" >&2
    return 1
  fi
}
export -f ensure_topic

wanted=$(specs)
# a JVM per kafka-topics.sh call: run a few at a time
echo "$wanted" | xargs -P 4 -L 1 bash -c 'ensure_topic "$@"' _

existing=$("$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --list)
missing=0
while read -r topic _; do
  grep -qxF "$topic" <<<"$existing" || { echo "missing: $topic" >&2; missing=1; }
done <<<"$wanted"
((missing == 0)) || exit 1
echo "topic-init: $(wc -l <<<"$wanted") topics ready (RF=3, min.insync.replicas=2)"
