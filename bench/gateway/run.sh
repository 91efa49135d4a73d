#!/usr/bin/env bash
# Gateway benchmark: requests/s and p50/p99 for one cheap JSON endpoint, called
#   1. directly (the upstream itself),
#   2. through the Emporium gateway (full edge chain: security filter chain, Redis rate limit, breaker, retry,
#      access log, tracing),
#   3. through nginx as a reference reverse proxy (keep-alive upstream, no other work).
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
    listen 127.0.0.1:$NGINX_PROXY_PORT;
    location /api/ { proxy_pass http://catalog; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"

# --- the gateway, pointed at the upstream as "catalog" (a public route: GET /api/catalog/**) ---------------------
SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT="$REDIS_PORT" \
EMPORIUM_SERVICES_CATALOG_URL="http://127.0.0.1:$UPSTREAM_PORT" \
  "$JAVA_HOME/bin/java" -Xms512m -Xmx512m -XX:+UseParallelGC -jar "$JAR" \
  --server.port="$GATEWAY_PORT" \
  --emporium.gateway.rate-limits.default.requests=1000000 \
  --emporium.gateway.rate-limits.default.burst=1000000 \
  > "$WORK/gateway.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$GATEWAY_PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "http://127.0.0.1:$GATEWAY_PORT/api/catalog/products/42" >/dev/null || { tail -50 "$WORK/gateway.log"; exit 1; }

# --- measure ---------------------------------------------------------------------------------------------------
run() { # name url -> "rps p50 p99"
  local out previous=0 current
  # Warm up until throughput is stable: on a busy 2-core machine the JIT needs minutes, not seconds.
  for round in $(seq 1 "$WARMUP_ROUNDS"); do
    current="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$2" | awk '/Requests\/sec/ {print int($2)}')"
    echo "  warm-up $1 round $round: $current req/s" >&2
    if [[ "$previous" -gt 0 ]] && awk -v a="$current" -v b="$previous" 'BEGIN { exit !(a < b * 1.10 && a > b * 0.90) }'; then
      break
    fi
    previous="$current"
  done
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2")"
  echo "$out" > "$WORK/wrk-$1.txt"
  if grep -q "Non-2xx" <<<"$out"; then echo "non-2xx answers for $1:" >&2; echo "$out" >&2; exit 1; fi
  local rps p50 p99
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  echo "$rps $p50 $p99"
}
PATH_UNDER_TEST="/api/catalog/products/42"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
read -r D_RPS D_P50 D_P99 <<<"$(run direct "http://127.0.0.1:$UPSTREAM_PORT$PATH_UNDER_TEST")"
read -r N_RPS N_P50 N_P99 <<<"$(run nginx "http://127.0.0.1:$NGINX_PROXY_PORT$PATH_UNDER_TEST")"
read -r G_RPS G_P50 G_P99 <<<"$(run gateway "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST")"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
cat <<REPORT
Date: $(date -u +%Y-%m-%dT%H:%MZ)   Load average before: $LOAD_BEFORE   Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
Method: wrk -t$THREADS -c$CONNECTIONS, warm-up in ${WARMUP}s rounds until two agree within 10 %, then ${DURATION}s measured, GET $PATH_UNDER_TEST (1 KB JSON), all on 127.0.0.1

| path                 | requests/s | p50      | p99      |
|----------------------|-----------:|---------:|---------:|
| direct (upstream)    | $D_RPS | $D_P50 | $D_P99 |
| nginx reverse proxy  | $N_RPS | $N_P50 | $N_P99 |
| Emporium gateway     | $G_RPS | $G_P50 | $G_P99 |

gateway / direct = $(ratio "$G_RPS" "$D_RPS")   gateway / nginx = $(ratio "$G_RPS" "$N_RPS")
REPORT
echo "raw wrk output and logs: $WORK" >&2
trap - EXIT
cleanup
