#!/usr/bin/env bash
# Gateway benchmark: requests/s and p50/p99 for one cheap JSON endpoint, called, in one run,
#   1. directly (the upstream itself),
#   2. through nginx as a reference reverse proxy (keep-alive upstream, no other work),
#   3. through stock Spring Cloud Gateway (bench/gateway/stock-scg: same versions, one route, defaults — the
#      framework's floor),
#   4. through the Emporium gateway on an anonymous route (full edge chain: security filter chain, Redis rate limit,
#      breaker, retry, access log, tracing),
#   5. through the Emporium gateway on a protected route with a valid access token (JWT checked, per-user budget).
# Rows 4 and 5 also report the gateway process's CPU time per request (from /proc, user + system).
# The upstream is nginx answering a fixed 1 KB JSON document, so the upstream costs next to nothing and the numbers
# show the proxies' own cost. Everything runs on 127.0.0.1 only. Redis: the machine's (REDIS_PORT, default 6379).
#
# A row with any non-2xx answer or socket error is reported as "invalid" (with the counts), never as a number.
#
# Usage: bench/gateway/run.sh [duration-seconds] [connections]
# Environment:
#   WARMUP_REQUESTS  each row is warmed up with at least this many requests (default 200000) ...
#   WARMUP, WARMUP_ROUNDS  ... in rounds of WARMUP seconds (default 10), until two rounds agree within 10 %, at most
#                    WARMUP_ROUNDS rounds (default 20)
#   GATEWAY_JAR      the gateway jar to measure (default gateway/target/gateway-exec.jar): bench a before and an after
#   ROWS             which rows, of: direct nginx stock gateway protected (default all five)
#   STARTUP_SECONDS  how long to wait for both gateways to answer (default 600)
#   JFR=1            record a JFR of the gateway during its measured rows (gateway-<row>.jfr in the work directory);
#                    bench/gateway/JfrTop.java prints where the time and the allocations go
# Needs: JDK 25 (JAVA_HOME), wrk and nginx (installed with apt-get when missing and running as root).
set -euo pipefail

DURATION="${1:-20}"
CONNECTIONS="${2:-32}"
THREADS=2
WARMUP="${WARMUP:-10}"        # seconds per warm-up round
WARMUP_ROUNDS="${WARMUP_ROUNDS:-20}"  # at most; warm-up stops once two rounds agree within 10 %
WARMUP_REQUESTS="${WARMUP_REQUESTS:-200000}"  # and not before this many requests were served
ROWS="${ROWS:-direct nginx stock gateway protected}"
JFR="${JFR:-0}"
REDIS_PORT="${REDIS_PORT:-6379}"
UPSTREAM_PORT=18081
NGINX_PROXY_PORT=18082
GATEWAY_PORT=18080
STOCK_PORT=18083
JWKS_PORT=18084
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d /tmp/emporium-bench.XXXXXX)"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -f "$WORK/nginx.pid" ]]; then kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; fi
}
trap cleanup EXIT

need() {
  if ! command -v "$1" >/dev/null 2>&1 && [[ ! -x "/usr/sbin/$1" ]]; then
    if [[ "$(id -u)" == 0 ]]; then
      echo "installing $2 ..." >&2
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
    else
      echo "$1 is missing: apt-get install $2" >&2; exit 1
    fi
  fi
}
need wrk wrk
need nginx nginx-light
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
"$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25' || { echo "JAVA_HOME must be a JDK 25" >&2; exit 1; }

JAR="${GATEWAY_JAR:-$ROOT/gateway/target/gateway-exec.jar}"
if [[ ! -f "$JAR" && -z "${GATEWAY_JAR:-}" ]]; then
  (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" mvn -B -q install -pl gateway -am -DskipTests)
fi
STOCK_JAR="$HERE/stock-scg/target/bench-stock-scg-exec.jar"
if [[ ! -f "$STOCK_JAR" ]]; then
  (cd "$ROOT" && JAVA_HOME="$JAVA_HOME" mvn -B -q -f bench/gateway/stock-scg/pom.xml package -DskipTests)
fi
# A signing key of the bench's own: its JWKS is served by nginx, the token is signed with it.
TOKEN="$("$JAVA_HOME/bin/java" "$HERE/MintToken.java" "$WORK/jwks.json" "http://localhost:$GATEWAY_PORT")"
chmod 755 "$WORK" && chmod 644 "$WORK/jwks.json" # nginx's workers read it as an unprivileged user

# --- upstream and reference proxy: one nginx, two servers --------------------------------------------------------
head -c 900 /dev/zero | tr '\0' 'x' > "$WORK/pad"
BODY="{\"id\":42,\"name\":\"Lamp\",\"price\":{\"amount\":\"19.90\",\"currency\":\"EUR\"},\"pad\":\"$(cat "$WORK/pad")\"}"
cat > "$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy; fastcgi_temp_path $WORK/fcgi;
  uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  keepalive_requests 1000000;
  upstream catalog { server 127.0.0.1:$UPSTREAM_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$UPSTREAM_PORT;
    location / { default_type application/json; return 200 '$BODY'; }
  }
  server {
    listen 127.0.0.1:$JWKS_PORT;
    location /jwks { default_type application/json; alias $WORK/jwks.json; }
  }
  server {
    listen 127.0.0.1:$NGINX_PROXY_PORT;
    location /api/ { proxy_pass http://catalog; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"

# --- stock Spring Cloud Gateway, same JVM flags --------------------------------------------------------------------
UPSTREAM_URL="http://127.0.0.1:$UPSTREAM_PORT" \
  "$JAVA_HOME/bin/java" -Xms512m -Xmx512m -XX:+UseParallelGC -jar "$STOCK_JAR" --server.port="$STOCK_PORT" \
  > "$WORK/stock-scg.log" 2>&1 &
PIDS+=($!)

# --- the gateway, pointed at the upstream as "catalog" (a public route: GET /api/catalog/**) and as "basket" (a
# protected route: GET /api/basket needs a token), trusting the bench's JWKS ---------------------------------------
SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT="$REDIS_PORT" \
EMPORIUM_SERVICES_CATALOG_URL="http://127.0.0.1:$UPSTREAM_PORT" \
EMPORIUM_SERVICES_BASKET_URL="http://127.0.0.1:$UPSTREAM_PORT" \
EMPORIUM_ISSUER_URI="http://localhost:$GATEWAY_PORT" \
EMPORIUM_JWK_SET_URI="http://127.0.0.1:$JWKS_PORT/jwks" \
  "$JAVA_HOME/bin/java" -Xms512m -Xmx512m -XX:+UseParallelGC -jar "$JAR" \
  --server.port="$GATEWAY_PORT" \
  --emporium.gateway.rate-limits.default.requests=1000000 \
  --emporium.gateway.rate-limits.default.burst=1000000 \
  > "$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!
PIDS+=($GATEWAY_PID)
for _ in $(seq 1 "${STARTUP_SECONDS:-600}"); do # a loaded 2-core machine has taken over 2 minutes to start both
  curl -fsS "http://127.0.0.1:$GATEWAY_PORT/actuator/health" >/dev/null 2>&1 &&
    curl -fsS "http://127.0.0.1:$STOCK_PORT/api/catalog/products/42" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "http://127.0.0.1:$GATEWAY_PORT/api/catalog/products/42" >/dev/null || { tail -50 "$WORK/gateway.log"; exit 1; }
curl -fsS "http://127.0.0.1:$STOCK_PORT/api/catalog/products/42" >/dev/null || { tail -50 "$WORK/stock-scg.log"; exit 1; }
curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$GATEWAY_PORT/api/basket" >/dev/null ||
  { echo "the protected route refused the bench token" >&2; tail -50 "$WORK/gateway.log"; exit 1; }
[[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$GATEWAY_PORT/api/basket")" == 401 ]] ||
  { echo "the protected route let a request without a token through" >&2; exit 1; }

# --- measure ---------------------------------------------------------------------------------------------------
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# What makes a wrk run invalid: any non-2xx answer or socket error (connect, read, write, timeout). Prints nothing
# for a valid run, else e.g. "invalid(non-2xx=30036,timeout=12)".
invalid() {
  awk '/Non-2xx or 3xx responses:/ { bad = bad sep "non-2xx=" $NF; sep = "," }
       /Socket errors:/ { gsub(",", ""); for (i = 3; i < NF; i += 2) if ($(i + 1) + 0 > 0) { bad = bad sep $i "=" $(i + 1); sep = "," } }
       END { if (bad != "") print "invalid(" bad ")" }' <<<"$1"
}

run() { # name url [wrk args...] -> "rps p50 p99 cpu-us-per-request-of-the-gateway", or "invalid(...) - - -"
  local name=$1 url=$2 out previous=0 current served=0 round=0 before after requests bad
  shift 2
  # Warm up until at least WARMUP_REQUESTS were served and throughput is stable: on a busy 2-core machine the JIT
  # needs minutes, not seconds.
  while [[ "$round" -lt "$WARMUP_ROUNDS" ]]; do
    round=$((round + 1))
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url")"
    current="$(awk '/Requests\/sec/ {print int($2)}' <<<"$out")"
    served=$((served + $(awk '/requests in/ {n = $1} END {print n + 0}' <<<"$out")))
    current="${current:-0}"
    echo "  warm-up $name round $round: $current req/s $(invalid "$out") ($served requests so far)" >&2
    if [[ "$served" -ge "$WARMUP_REQUESTS" && "$previous" -gt 0 ]] &&
      awk -v a="$current" -v b="$previous" 'BEGIN { exit !(a < b * 1.10 && a > b * 0.90) }'; then
      break
    fi
    previous="$current"
  done
  if [[ "$JFR" == 1 && $name == gateway* ]]; then
    "$JAVA_HOME/bin/jcmd" "$GATEWAY_PID" JFR.start name="$name" settings=profile duration="${DURATION}s" \
      filename="$WORK/$name.jfr" >/dev/null
  fi
  before="$(cpu_ticks "$GATEWAY_PID")"
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url")"
  after="$(cpu_ticks "$GATEWAY_PID")"
  echo "$out" > "$WORK/wrk-$name.txt"
  if [[ "$JFR" == 1 && $name == gateway* ]]; then
    for _ in $(seq 1 30); do [[ -s "$WORK/$name.jfr" ]] && break; sleep 1; done
    echo "  JFR of $name: $WORK/$name.jfr (java bench/gateway/JfrTop.java $WORK/$name.jfr)" >&2
  fi
  local rps p50 p99 cpu="-"
  bad="$(invalid "$out")"
  if [[ -n "$bad" ]]; then
    echo "  $name is $bad:" >&2; echo "$out" >&2
    echo "$bad - - -"
    return
  fi
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  requests="$(awk '/requests in/ {print $1}' <<<"$out")"
  if [[ $name == gateway* ]]; then
    cpu="$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }')"
  fi
  echo "$rps $p50 $p99 $cpu"
}
row() { # name -> whether ROWS asks for it
  [[ " $ROWS " == *" $1 "* ]]
}
PATH_UNDER_TEST="/api/catalog/products/42"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
SKIPPED="not-run - - -"
read -r D_RPS D_P50 D_P99 _ <<<"$(row direct && run direct "http://127.0.0.1:$UPSTREAM_PORT$PATH_UNDER_TEST" || echo "$SKIPPED")"
read -r N_RPS N_P50 N_P99 _ <<<"$(row nginx && run nginx "http://127.0.0.1:$NGINX_PROXY_PORT$PATH_UNDER_TEST" || echo "$SKIPPED")"
read -r S_RPS S_P50 S_P99 _ <<<"$(row stock && run stock "http://127.0.0.1:$STOCK_PORT$PATH_UNDER_TEST" || echo "$SKIPPED")"
read -r G_RPS G_P50 G_P99 G_CPU <<<"$(row gateway && run gateway "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" || echo "$SKIPPED")"
read -r P_RPS P_P50 P_P99 P_CPU <<<"$(row protected && run gateway-protected "http://127.0.0.1:$GATEWAY_PORT/api/basket" -H "Authorization: Bearer $TOKEN" || echo "$SKIPPED")"

# a ratio only between two valid numbers
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else printf "n/a" }'; }
cat <<REPORT
Date: $(date -u +%Y-%m-%dT%H:%MZ)   Load average before: $LOAD_BEFORE, after: $LOAD_AFTER   Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
Gateway: $JAR ($(sha256sum "$JAR" | cut -c1-12))
Method: wrk -t$THREADS -c$CONNECTIONS, warm-up in ${WARMUP}s rounds, at least $WARMUP_REQUESTS requests and until two rounds agree within 10 % (at most $WARMUP_ROUNDS), then ${DURATION}s measured, GET $PATH_UNDER_TEST (1 KB JSON), all on 127.0.0.1

| path                                   | requests/s | p50      | p99      | gateway CPU µs/request |
|----------------------------------------|-----------:|---------:|---------:|-----------------------:|
| direct (upstream)                      | $D_RPS | $D_P50 | $D_P99 | |
| nginx reverse proxy                    | $N_RPS | $N_P50 | $N_P99 | |
| stock Spring Cloud Gateway             | $S_RPS | $S_P50 | $S_P99 | |
| Emporium gateway, anonymous route      | $G_RPS | $G_P50 | $G_P99 | $G_CPU |
| Emporium gateway, protected with token | $P_RPS | $P_P50 | $P_P99 | $P_CPU |

stock SCG / nginx = $(ratio "$S_RPS" "$N_RPS")   gateway / nginx = $(ratio "$G_RPS" "$N_RPS")   protected / nginx = $(ratio "$P_RPS" "$N_RPS")   gateway / stock SCG = $(ratio "$G_RPS" "$S_RPS")
REPORT
echo "raw wrk output and logs: $WORK" >&2
trap - EXIT
cleanup
