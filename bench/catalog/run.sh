#!/usr/bin/env bash
# Catalog benchmark (not a test): a database with 100,000 generated products, the catalog jar on it, then
#   search  — CatalogBench: each typical search 20× warm-up + 300× sequentially, p50/p99 per query;
#   reads   — product reads by slug with wrk: the maximum rate (closed loop, after warm-up rounds until two agree),
#             then a paced load at 70 % of that maximum for readSeconds (reads.lua: each connection waits between
#             requests), p50/p99; with BENCH_GATEWAY=1 the same again through the gateway (gateway-exec.jar, the
#             machine's Redis for its rate limiter, budgets raised so nothing is refused).
# Needs PostgreSQL and RabbitMQ (default: the machine's, 127.0.0.1:5432 as postgres and 5672 guest/guest), wrk for
# reads (apt-get install wrk), and services/catalog/target/catalog-exec.jar (and gateway/target/gateway-exec.jar).
# Usage: bench/catalog/run.sh [readSeconds] [all|search|reads]
#   Env: BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER, BENCH_DB, BENCH_PORT, BENCH_JAR, BENCH_GATEWAY=1,
#        BENCH_CONNECTIONS (wrk, default 32)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}; PG_PORT=${BENCH_PG_PORT:-5432}; PG_USER=${BENCH_PG_USER:-postgres}
PORT=${BENCH_PORT:-19002}
GATEWAY_PORT=18080
DB=${BENCH_DB:-catalog_bench}
JAR=${BENCH_JAR:-services/catalog/target/catalog-exec.jar}
SECONDS_READS=${1:-20}
MODE=${2:-all}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT

psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -tc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "CREATE DATABASE $DB" >/dev/null
LOG=$(mktemp)
SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" SPRING_DATASOURCE_USERNAME="$PG_USER" \
SPRING_DATASOURCE_PASSWORD="${BENCH_PG_PASSWORD:-}" SERVER_PORT=$PORT \
EMPORIUM_DATA_DIR=$(mktemp -d) LOGGING_LEVEL_ROOT=WARN \
  "$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" >"$LOG" 2>&1 &
PIDS+=($!)
echo "catalog pid $! ($JAR) on port $PORT, database $DB, log $LOG"
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null && break; sleep 1; done
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -f bench/catalog/generate.sql
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -tc "SELECT count(*) || ' products' FROM products"
echo "date $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

bench() { "$JAVA_HOME/bin/java" bench/catalog/CatalogBench.java "$@"; }

# The highest rate wrk reaches (closed loop, $CONNECTIONS connections): warm-up rounds until two agree within 10 %.
max_rate() {
  local previous=0 current out
  for round in $(seq 1 12); do
    current=$(wrk -t2 -c"$CONNECTIONS" -d10s -s bench/catalog/reads.lua "$1" | awk '/Requests\/sec/ {print int($2)}')
    echo "  warm-up round $round: $current req/s" >&2
    if ((previous > 0)) && awk -v a="$current" -v b="$previous" 'BEGIN { exit !(a < b * 1.10 && a > b * 0.90) }'; then
      break
    fi
    previous=$current
  done
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_READS}s" --latency -s bench/catalog/reads.lua "$1")
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers:" >&2; echo "$out" >&2; exit 1; fi
  printf '  max: %s req/s (wrk -c%s: p50 %s, p99 %s)\n' "$(awk '/Requests\/sec/ {print int($2)}' <<<"$out")" \
    "$CONNECTIONS" "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" >&2
  awk '/Requests\/sec/ {print int($2)}' <<<"$out"
}

reads() { # name baseUrl
  echo "product reads, $1:"
  local max rate out
  max=$(max_rate "$2")
  rate=$((max * 7 / 10))
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_READS}s" --latency -s bench/catalog/reads.lua "$2" -- "$rate" "$CONNECTIONS")
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers:" >&2; echo "$out" >&2; exit 1; fi
  printf '  at 70 %% of max (%s req/s offered): %s req/s, p50 %s, p99 %s\n' "$rate" \
    "$(awk '/Requests\/sec/ {print int($2)}' <<<"$out")" "$(awk '$1=="50%" {print $2}' <<<"$out")" \
    "$(awk '$1=="99%" {print $2}' <<<"$out")"
}

if [[ $MODE == all || $MODE == search ]]; then
  bench "http://127.0.0.1:$PORT"
fi
if [[ $MODE == all || $MODE == reads ]]; then
  command -v wrk >/dev/null || { echo "reads need wrk: apt-get install wrk" >&2; exit 1; }
  reads "catalog directly" "http://127.0.0.1:$PORT"
  if [[ ${BENCH_GATEWAY:-0} == 1 ]]; then
    GLOG=$(mktemp)
    SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT=6379 EMPORIUM_SERVICES_CATALOG_URL="http://127.0.0.1:$PORT" \
      "$JAVA_HOME/bin/java" -Xmx512m -jar gateway/target/gateway-exec.jar --server.port=$GATEWAY_PORT \
      --emporium.gateway.rate-limits.default.requests=1000000 --emporium.gateway.rate-limits.default.burst=1000000 \
      >"$GLOG" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$GATEWAY_PORT/api/catalog/products/bench-1" >/dev/null && break; sleep 1; done
    reads "through the gateway" "http://127.0.0.1:$GATEWAY_PORT"
  fi
fi
