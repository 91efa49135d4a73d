#!/usr/bin/env bash
# Message benchmark (not a test), through the gateway of a running platform (dev profile, e.g. `./emporium up`;
# with EMPORIUM_PORTS=any, give the gateway's URL from `./emporium status`). MessageBench.java:
#   latency: order placed (201) -> the ORDER_RECEIVED frame on the customer's open WebSocket, p50/p99 over ORDERS
#            orders placed at RATE/s among CUSTOMERS customers (each with one socket open);
#   idle:    SOCKETS idle WebSockets held open through the gateway on the one message instance; resident memory (RSS)
#            of the message and gateway processes before and after, per connection (processes found by the
#            launcher's -Demporium.process=<name> under this worktree; read only, nothing killed).
# Usage: bench/message/run.sh [gatewayUrl=http://127.0.0.1:8080] [latency|idle|both=both] [orders=1000] [rate=10]
#        [sockets=2000]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
GATEWAY=${1:-http://127.0.0.1:8080}
MODE=${2:-both}
JARS="$(pwd)/.emporium/jars"
PIDS=""
for name in gateway message; do
  # this worktree's launcher runs copies of the exec jars (.emporium/jars/<name>.jar); other platforms are ignored
  pid=$(pgrep -f -- "-Demporium.process=$name -jar $JARS/$name.jar" | head -1 || true)
  [[ -n "$pid" ]] && PIDS="$PIDS${PIDS:+,}$name=$pid"
done
echo "date $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo "processes: ${PIDS:-none found}"
if [[ "$MODE" == latency || "$MODE" == both ]]; then
  "$JAVA_HOME/bin/java" bench/message/MessageBench.java "$GATEWAY" latency "${3:-1000}" "${4:-10}" 40
  echo "load average after latency $(cut -d' ' -f1-3 /proc/loadavg)"
fi
if [[ "$MODE" == idle || "$MODE" == both ]]; then
  BENCH_PIDS="$PIDS" "$JAVA_HOME/bin/java" bench/message/MessageBench.java "$GATEWAY" idle "${5:-2000}" 20 60
  echo "load average after idle $(cut -d' ' -f1-3 /proc/loadavg)"
fi
