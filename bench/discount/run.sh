#!/usr/bin/env bash
# Discount benchmark (not a test): the discount jar alone on 127.0.0.1 on a fresh database of the machine's
# PostgreSQL (discount_bench, dropped and created), the machine's RabbitMQ (5672 guest/guest, for its outbox), and
# tokens from bench/basket's local issuer (BasketBench.java issuer: an ADMIN for the coupon, a service with
# discount.quote and discount.redeem). Then with wrk (discount.lua):
#   quote   — POST /api/discount/quotes, 5-line EUR baskets of 1,000 customers with a 10 % coupon (as basket asks):
#             max rate (closed loop, 10 s warm-up rounds until two agree within 10 %), then 70 % of max paced, p50/p99;
#   reserve — POST /internal/redemptions, every request a new order on ONE coupon (limit 10,000,000, so none is
#             refused): the reservations of a coupon run one after another (row lock, docs/discount.md), so this
#             is the contention ceiling; max rate and p50/p99 at 8 and at 32 connections.
# Needs: JDK 25, wrk, psql (as BENCH_PG_USER, default postgres, no password), services/discount/target/discount-exec.jar
#   (./emporium mvn -B -q install -DskipTests -pl services/discount -am).
# Usage: bench/discount/run.sh [seconds] [connections]
#   Env: BENCH_PORT (19004), BENCH_ISSUER_PORT (19094), BENCH_PG_HOST/PORT/USER, BENCH_JAR
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SECONDS_RUN=${1:-20}
CONNECTIONS=${2:-32}
PORT=${BENCH_PORT:-19004}
ISSUER_PORT=${BENCH_ISSUER_PORT:-19094}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}; PG_PORT=${BENCH_PG_PORT:-5432}; PG_USER=${BENCH_PG_USER:-postgres}
DB=discount_bench
JAR=${BENCH_JAR:-services/discount/target/discount-exec.jar}
CODE=BENCH10
WORK=$(mktemp -d /tmp/emporium-bench-discount.XXXXXX)
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
[[ -f $JAR ]] || { echo "missing $JAR: ./emporium mvn -B -q install -DskipTests -pl services/discount -am" >&2; exit 1; }

psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

ISSUER="http://127.0.0.1:$ISSUER_PORT"
"$JAVA_HOME/bin/java" bench/basket/BasketBench.java issuer "$WORK" "$ISSUER_PORT" 1 "$ISSUER" >"$WORK/issuer.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do [[ -s $WORK/service.txt ]] && curl -sf "$ISSUER/jwks" >/dev/null && break; sleep 1; done

SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" SPRING_DATASOURCE_USERNAME="$PG_USER" \
SPRING_DATASOURCE_PASSWORD="${BENCH_PG_PASSWORD:-}" SERVER_PORT=$PORT LOGGING_LEVEL_ROOT=WARN \
EMPORIUM_ISSUER_URI="$ISSUER" EMPORIUM_JWK_SET_URI="$ISSUER/jwks" \
  "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx512m} -jar "$JAR" >"$WORK/discount.log" 2>&1 &
PIDS+=($!)
DISCOUNT_PID=$!
echo "discount pid $DISCOUNT_PID ($JAR) on port $PORT, database $DB, work dir $WORK"
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null && break
  kill -0 "$DISCOUNT_PID" 2>/dev/null || { echo "discount did not start:" >&2; tail -20 "$WORK/discount.log" >&2; exit 1; }
  sleep 1
done

curl -sf -o /dev/null -X POST "http://127.0.0.1:$PORT/api/discount/coupons" \
  -H "Authorization: Bearer $(cat "$WORK/admin.txt")" -H 'Content-Type: application/json' \
  -d "{\"code\":\"$CODE\",\"description\":\"bench\",\"kind\":\"PERCENTAGE\",\"value\":10,\"maxRedemptions\":10000000}"
echo "date $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

run_wrk() { # mode seconds connections [rate]
  local out
  out=$(wrk -t2 -c"$3" -d"$2s" --latency -s bench/discount/discount.lua "http://127.0.0.1:$PORT" -- \
    "$WORK/service.txt" "$1" "$CODE" ${4:+"$4" "$3"})
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers:" >&2; echo "$out" >&2; exit 1; fi
  echo "$out"
}
rate_of() { awk '/Requests\/sec/ {print int($2)}' <<<"$1"; }
pct() { awk -v p="$2" '$1==p {print $2}' <<<"$1"; }
warm_up() { # mode connections
  local previous=0 current
  for round in $(seq 1 12); do
    current=$(rate_of "$(run_wrk "$1" 10 "$2")")
    echo "  warm-up round $round: $current req/s"
    if ((previous > 0)) && awk -v a="$current" -v b="$previous" 'BEGIN { exit !(a < b * 1.10 && a > b * 0.90) }'; then
      break
    fi
    previous=$current
  done
}

echo "quote (POST /api/discount/quotes, 5 lines, 10 % coupon):"
warm_up quote "$CONNECTIONS"
out=$(run_wrk quote "$SECONDS_RUN" "$CONNECTIONS")
max=$(rate_of "$out")
printf '  max: %s req/s (wrk -c%s: p50 %s, p99 %s)\n' "$max" "$CONNECTIONS" "$(pct "$out" 50%)" "$(pct "$out" 99%)"
rate=$((max * 7 / 10))
out=$(run_wrk quote "$SECONDS_RUN" "$CONNECTIONS" "$rate")
printf '  at 70 %% of max (%s req/s offered): %s req/s, p50 %s, p99 %s\n' "$rate" "$(rate_of "$out")" \
  "$(pct "$out" 50%)" "$(pct "$out" 99%)"

echo "reserve (POST /internal/redemptions, new orders, one coupon):"
warm_up reserve 8
for c in 8 "$CONNECTIONS"; do
  out=$(run_wrk reserve "$SECONDS_RUN" "$c")
  printf '  %s connections: %s reservations/s, p50 %s, p99 %s\n' "$c" "$(rate_of "$out")" "$(pct "$out" 50%)" \
    "$(pct "$out" 99%)"
done
psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -tc \
  "SELECT count(*) || ' reservations stored' FROM redemptions" 2>/dev/null || true

# Exact limits: a coupon with a limit of LIMIT redemptions, hammered by more new orders than that from 32
# connections at once; at the end the 201s, the stored active reservations and the coupon's own count must all be
# exactly LIMIT, and every other answer a 422 (refused), none lost or doubled.
LIMIT=${BENCH_LIMIT:-2000}
curl -sf -o /dev/null -X POST "http://127.0.0.1:$PORT/api/discount/coupons" \
  -H "Authorization: Bearer $(cat "$WORK/admin.txt")" -H 'Content-Type: application/json' \
  -d "{\"code\":\"BENCHLIMIT\",\"description\":\"bench limit\",\"kind\":\"PERCENTAGE\",\"value\":10,\"maxRedemptions\":$LIMIT}"
echo "exact limits (coupon BENCHLIMIT, limit $LIMIT, $CONNECTIONS connections for ${SECONDS_RUN}s):"
out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" -s bench/discount/limit.lua "http://127.0.0.1:$PORT" -- \
  "$WORK/service.txt" reserve BENCHLIMIT)
answers=$(grep '^answers:' <<<"$out")
stored=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -tAc \
  "SELECT count(*) FROM redemptions r JOIN coupons c ON c.id = r.coupon_id WHERE c.code = 'BENCHLIMIT' AND r.state <> 'RELEASED'")
counted=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -tAc \
  "SELECT active_redemptions FROM coupons WHERE code = 'BENCHLIMIT'")
echo "  $answers; stored active reservations $stored; the coupon's count $counted"
reserved=$(awk '{print $3}' <<<"$answers")
other=$(awk '{print $7}' <<<"$answers")
if [[ $reserved == "$LIMIT" && $stored == "$LIMIT" && $counted == "$LIMIT" && $other == 0 ]]; then
  echo "  limits exact: yes"
else
  echo "  limits exact: NO (expected $LIMIT reserved, stored and counted, no other answer)"
  exit 1
fi
echo "done $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
