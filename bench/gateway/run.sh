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
# Usage: bench/gateway/run.sh [duration-seconds] [connections]
# Needs: JDK 25 (JAVA_HOME), wrk and nginx (installed with apt-get when missing and running as root).
set -euo pipefail

DURATION="${1:-20}"
CONNECTIONS="${2:-32}"
THREADS=2
WARMUP="${WARMUP:-10}"        # seconds per warm-up round
WARMUP_ROUNDS="${WARMUP_ROUNDS:-20}"  # at most; warm-up stops once two rounds agree within 10 %
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

JAR="$ROOT/gateway/target/gateway-exec.jar"
if [[ ! -f "$JAR" ]]; then
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
for _ in $(seq 1 120); do
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

run() { # name url [wrk args...] -> "rps p50 p99 cpu-us-per-request-of-the-gateway"
  local name=$1 url=$2 out previous=0 current before after requests
  shift 2
  # Warm up until throughput is stable: on a busy 2-core machine the JIT needs minutes, not seconds.
  for round in $(seq 1 "$WARMUP_ROUNDS"); do
    current="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" | awk '/Requests\/sec/ {print int($2)}')"
    echo "  warm-up $name round $round: $current req/s" >&2
    if [[ "$previous" -gt 0 ]] && awk -v a="$current" -v b="$previous" 'BEGIN { exit !(a < b * 1.10 && a > b * 0.90) }'; then
      break
    fi
    previous="$current"
  done
  before="$(cpu_ticks "$GATEWAY_PID")"
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url")"
  after="$(cpu_ticks "$GATEWAY_PID")"
  echo "$out" > "$WORK/wrk-$name.txt"
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers for $name:" >&2; echo "$out" >&2; exit 1; fi
  local rps p50 p99 cpu="-"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  requests="$(awk '/requests in/ {print $1}' <<<"$out")"
  if [[ $name == gateway* ]]; then
    cpu="$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }')"
  fi
  echo "$rps $p50 $p99 $cpu"
}
PATH_UNDER_TEST="/api/catalog/products/42"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
read -r D_RPS D_P50 D_P99 _ <<<"$(run direct "http://127.0.0.1:$UPSTREAM_PORT$PATH_UNDER_TEST")"
read -r N_RPS N_P50 N_P99 _ <<<"$(run nginx "http://127.0.0.1:$NGINX_PROXY_PORT$PATH_UNDER_TEST")"
read -r S_RPS S_P50 S_P99 _ <<<"$(run stock "http://127.0.0.1:$STOCK_PORT$PATH_UNDER_TEST")"
read -r G_RPS G_P50 G_P99 G_CPU <<<"$(run gateway "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST")"
read -r P_RPS P_P50 P_P99 P_CPU <<<"$(run gateway-protected "http://127.0.0.1:$GATEWAY_PORT/api/basket" -H "Authorization: Bearer $TOKEN")"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
cat <<REPORT
Date: $(date -u +%Y-%m-%dT%H:%MZ)   Load average before: $LOAD_BEFORE   Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
Method: wrk -t$THREADS -c$CONNECTIONS, warm-up in ${WARMUP}s rounds until two agree within 10 %, then ${DURATION}s measured, GET $PATH_UNDER_TEST (1 KB JSON), all on 127.0.0.1

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
