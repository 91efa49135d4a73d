#!/usr/bin/env bash
# Catalog benchmark: a database with 100,000 generated products, the catalog jar on it, then CatalogBench.
# Needs PostgreSQL and RabbitMQ (default: the machine's, 127.0.0.1:5432 as postgres and 5672 guest/guest) and
# services/catalog/target/catalog-exec.jar built.
# Usage: bench/catalog/run.sh [readRate] [readSeconds] [all|search|reads]
#   Env: BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER, BENCH_DB, BENCH_PORT, BENCH_BASE_URL (e.g. the gateway), BENCH_JAR
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}; PG_PORT=${BENCH_PG_PORT:-5432}; PG_USER=${BENCH_PG_USER:-postgres}
PORT=${BENCH_PORT:-19002}
DB=${BENCH_DB:-catalog_bench}
JAR=${BENCH_JAR:-services/catalog/target/catalog-exec.jar}
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -tc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "CREATE DATABASE $DB" >/dev/null
LOG=$(mktemp)
SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" SPRING_DATASOURCE_USERNAME="$PG_USER" \
SPRING_DATASOURCE_PASSWORD="${BENCH_PG_PASSWORD:-}" SERVER_PORT=$PORT \
EMPORIUM_DATA_DIR=$(mktemp -d) LOGGING_LEVEL_ROOT=WARN \
  "$JAVA_HOME/bin/java" -Xmx1g -jar "$JAR" >"$LOG" 2>&1 &
APP=$!
echo "catalog pid $APP ($JAR) on port $PORT, database $DB"
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null && break; sleep 1; done
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d $DB -f bench/catalog/generate.sql
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d $DB -tc "SELECT count(*) || ' products' FROM products"
"$JAVA_HOME/bin/java" bench/catalog/CatalogBench.java "${BENCH_BASE_URL:-http://127.0.0.1:$PORT}" "${1:-700}" "${2:-20}" "${3:-all}"
