#!/usr/bin/env bash
# Basket benchmark (not a test): the basket jar alone on 127.0.0.1, against its own redis-server (so that
# `redis-cli info commandstats` deltas count only the basket's commands) and the machine's RabbitMQ
# (5672 guest/guest; only for its listeners, idle here). Tokens come from a small local issuer (BasketBench.java
# issuer: an RSA key and its JWK set), so no identity is needed.
#   1. 50 products in the local product copy, 1,000 customers' baskets of 5 lines each (through the API);
#   2. GET /api/basket and PUT /api/basket/lines/{id} with wrk (basket.lua, customers round-robin): the maximum rate
#      (closed loop, after 10 s warm-up rounds until two agree within 10 %), then a paced load at 70 % of that
#      maximum, p50/p99; Redis commands per request from commandstats before/after each measured run.
# Needs: JDK 25, wrk, redis-server/redis-cli, services/basket/target/basket-exec.jar
#   (./emporium mvn -B -q install -DskipTests -pl services/basket -am).
# Usage: bench/basket/run.sh [seconds] [connections] [all|setup]  (setup: start and seed, then stop; a smoke check)
# Catalog and discount are never called (the products are in the copy, no basket has a coupon): their URLs point at
# a closed port. Env: BENCH_PORT (19003), BENCH_REDIS_PORT (16390), BENCH_ISSUER_PORT (19093), BENCH_JAR, BENCH_AMQP_HOST/PORT
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SECONDS_RUN=${1:-20}
CONNECTIONS=${2:-32}
PORT=${BENCH_PORT:-19003}
REDIS_PORT=${BENCH_REDIS_PORT:-16390}
ISSUER_PORT=${BENCH_ISSUER_PORT:-19093}
JAR=${BENCH_JAR:-services/basket/target/basket-exec.jar}
CUSTOMERS=${BENCH_CUSTOMERS:-1000}
LINES=5
PRODUCTS=50
WORK=$(mktemp -d /tmp/emporium-bench-basket.XXXXXX)
PIDS=()
trap 'for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done' EXIT
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
[[ -f $JAR ]] || { echo "missing $JAR: ./emporium mvn -B -q install -DskipTests -pl services/basket -am" >&2; exit 1; }

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$WORK" >"$WORK/redis.log" 2>&1 &
PIDS+=($!)
R() { redis-cli -p "$REDIS_PORT" "$@"; }
for _ in $(seq 1 50); do R ping >/dev/null 2>&1 && break; sleep 0.1; done

ISSUER="http://127.0.0.1:$ISSUER_PORT"
"$JAVA_HOME/bin/java" bench/basket/BasketBench.java issuer "$WORK" "$ISSUER_PORT" "$CUSTOMERS" "$ISSUER" \
  >"$WORK/issuer.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do [[ -s $WORK/tokens.txt ]] && curl -sf "$ISSUER/jwks" >/dev/null && break; sleep 1; done

SPRING_DATA_REDIS_PORT=$REDIS_PORT SERVER_PORT=$PORT LOGGING_LEVEL_ROOT=WARN \
SPRING_RABBITMQ_HOST=${BENCH_AMQP_HOST:-127.0.0.1} SPRING_RABBITMQ_PORT=${BENCH_AMQP_PORT:-5672} \
EMPORIUM_ISSUER_URI="$ISSUER" EMPORIUM_JWK_SET_URI="$ISSUER/jwks" \
EMPORIUM_SERVICES_CATALOG_URL=http://127.0.0.1:9 EMPORIUM_SERVICES_DISCOUNT_URL=http://127.0.0.1:9 \
  "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx512m} -jar "$JAR" >"$WORK/basket.log" 2>&1 &
PIDS+=($!)
echo "basket pid $! ($JAR) on port $PORT, redis $REDIS_PORT, work dir $WORK"
BASKET_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/liveness" >/dev/null && break
  kill -0 "$BASKET_PID" 2>/dev/null || { echo "basket did not start:" >&2; tail -20 "$WORK/basket.log" >&2; exit 1; }
  sleep 1
done

"$JAVA_HOME/bin/java" bench/basket/BasketBench.java products "$PRODUCTS" | R >/dev/null
"$JAVA_HOME/bin/java" bench/basket/BasketBench.java seed "http://127.0.0.1:$PORT" "$WORK" "$LINES" "$PRODUCTS"
curl -sf -H "Authorization: Bearer $(head -1 "$WORK/tokens.txt" | cut -d' ' -f2)" "http://127.0.0.1:$PORT/api/basket" \
  | grep -o '"productId"' | wc -l | xargs echo "first customer's basket lines:"
[[ ${3:-all} == setup ]] && exit 0
echo "date $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

calls() { R info commandstats | awk -F'[=,:]' '/^cmdstat_/ && $1 !~ /^cmdstat_(info|command)/ {sum += $3} END {print sum + 0}'; }
by_command() { R info commandstats | awk -F'[=,:]' '/^cmdstat_/ && $1 !~ /^cmdstat_(info|command)/ {print substr($1, 9) "=" $3}' | sort; }
run_wrk() { # mode seconds [rate]
  local out
  if [[ -n ${3:-} ]]; then
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$2s" --latency -s bench/basket/basket.lua "http://127.0.0.1:$PORT" -- \
      "$WORK/tokens.txt" "$1" "$3" "$CONNECTIONS")
  else
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$2s" --latency -s bench/basket/basket.lua "http://127.0.0.1:$PORT" -- \
      "$WORK/tokens.txt" "$1")
  fi
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers:" >&2; echo "$out" >&2; exit 1; fi
  echo "$out"
}
rate_of() { awk '/Requests\/sec/ {print int($2)}' <<<"$1"; }
requests_of() { awk '/requests in/ {print $1}' <<<"$1"; }
pct() { awk -v p="$2" '$1==p {print $2}' <<<"$1"; }

measure() { # mode label
  echo "$2:"
  local previous=0 current out before after max rate
  for round in $(seq 1 12); do
    current=$(rate_of "$(run_wrk "$1" 10)")
    echo "  warm-up round $round: $current req/s"
    if ((previous > 0)) && awk -v a="$current" -v b="$previous" 'BEGIN { exit !(a < b * 1.10 && a > b * 0.90) }'; then
      break
    fi
    previous=$current
  done
  before=$(calls); by_command >"$WORK/before"
  out=$(run_wrk "$1" "$SECONDS_RUN")
  after=$(calls); by_command >"$WORK/after"
  max=$(rate_of "$out")
  printf '  max: %s req/s (wrk -c%s: p50 %s, p99 %s); Redis commands per request: %s (%s)\n' "$max" "$CONNECTIONS" \
    "$(pct "$out" 50%)" "$(pct "$out" 99%)" \
    "$(awk -v c=$((after - before)) -v r="$(requests_of "$out")" 'BEGIN {printf "%.2f", c / r}')" \
    "$(join -t= -a2 "$WORK/before" "$WORK/after" | awk -F= -v r="$(requests_of "$out")" \
        '{d=0} NF==3 {d=$3-$2} NF==2 {d=$2} d>0 {printf "%s %.2f ", $1, d/r}')"
  rate=$((max * 7 / 10))
  out=$(run_wrk "$1" "$SECONDS_RUN" "$rate")
  printf '  at 70 %% of max (%s req/s offered): %s req/s, p50 %s, p99 %s\n' "$rate" "$(rate_of "$out")" \
    "$(pct "$out" 50%)" "$(pct "$out" 99%)"
}

measure get "GET /api/basket (5 lines, no coupon)"
measure put "PUT /api/basket/lines/{id} (one of the 5 lines, quantity 1..9)"
echo "done $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
