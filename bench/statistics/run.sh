#!/usr/bin/env bash
# Statistics benchmark (not a test): the statistics jar on a database of its own (default statistics_bench, dropped
# and created), consuming from the machine's RabbitMQ in a messaging namespace of its own, then
#   ingest  — StatisticsBench publishes the whole life of ORDERS orders (6–7 events each, the real contracts in the
#             outbox's CloudEvents envelope) straight to the broker and times them until all are in consumed_events;
#   reports — seed.sql writes a year of 100,000 paid orders into the projection tables, then StatisticsBench calls
#             every report over the last 365 days, open loop at RATE requests/s for SECONDS s: p50/p99 per endpoint.
# Needs PostgreSQL (127.0.0.1:5432 as postgres, trust), RabbitMQ (127.0.0.1:5672 guest/guest), python3 (serves the
# bench's JWKS), unzip, and services/statistics/target/statistics-exec.jar (the driver runs on its libraries).
# Usage: bench/statistics/run.sh [orders=5000] [rate=20] [seconds=30] [all|ingest|reports]
#   Env: BENCH_BATCH_SIZE (the consumer's batch size; unset = the service's configuration), BENCH_DB, BENCH_PORT,
#        BENCH_JAR
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ORDERS=${1:-5000}; RATE=${2:-20}; SECONDS_READS=${3:-30}; MODE=${4:-all}
DB=${BENCH_DB:-statistics_bench}; PORT=${BENCH_PORT:-19008}; JWKS_PORT=$((PORT + 100))
JAR=${BENCH_JAR:-services/statistics/target/statistics-exec.jar}
NAMESPACE="bench$$"
WORK=$(mktemp -d /tmp/statistics-bench.XXXXXX)
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT

# The driver's classpath (AMQP client with its netty, PostgreSQL driver): the service jar's own libraries.
mkdir -p "$WORK/lib"
unzip -q -j "$JAR" 'BOOT-INF/lib/amqp-client-*' 'BOOT-INF/lib/netty-*' 'BOOT-INF/lib/slf4j-api-*' \
  'BOOT-INF/lib/postgresql-*' -d "$WORK/lib"
CP="$WORK/lib/*"

psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" 2>/dev/null
"$JAVA_HOME/bin/java" -cp "$CP" bench/statistics/StatisticsBench.java mint "$WORK" "http://localhost:8080"
python3 -m http.server "$JWKS_PORT" --bind 127.0.0.1 --directory "$WORK" >/dev/null 2>&1 &
PIDS+=($!)
EXTRA=()
[[ -n ${BENCH_BATCH_SIZE:-} ]] && EXTRA+=("--emporium.messaging.consumer.queues.events.batch-size=$BENCH_BATCH_SIZE")
LOG="$WORK/statistics.log"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
SERVER_PORT=$PORT LOGGING_LEVEL_ROOT=WARN \
  "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" --emporium.messaging.namespace="$NAMESPACE" \
  --emporium.security.jwk-set-uri="http://127.0.0.1:$JWKS_PORT/jwks.json" \
  --emporium.security.issuer-uri=http://localhost:8080 "${EXTRA[@]}" >"$LOG" 2>&1 &
PIDS+=($!)
echo "statistics pid $! ($JAR) on port $PORT, database $DB, namespace $NAMESPACE, batch size ${BENCH_BATCH_SIZE:-as configured}, log $LOG"
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null || { echo "statistics did not start" >&2; tail -50 "$LOG" >&2; exit 1; }
echo "date $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

if [[ $MODE == all || $MODE == ingest ]]; then
  "$JAVA_HOME/bin/java" -cp "$CP" bench/statistics/StatisticsBench.java ingest amqp://guest:guest@127.0.0.1:5672 \
    "$NAMESPACE.emporium.events" "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$ORDERS"
  echo "load average after ingest $(cut -d' ' -f1-3 /proc/loadavg)"
fi
if [[ $MODE == all || $MODE == reports ]]; then
  psql -q -h 127.0.0.1 -U postgres -d "$DB" -f bench/statistics/seed.sql
  echo "load average before reports $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA_HOME/bin/java" -cp "$CP" bench/statistics/StatisticsBench.java reports "http://127.0.0.1:$PORT" "$WORK/token" \
    "$RATE" "$SECONDS_READS"
  echo "load average after reports $(cut -d' ' -f1-3 /proc/loadavg)"
fi
