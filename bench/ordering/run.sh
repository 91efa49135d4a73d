#!/usr/bin/env bash
# Ordering benchmark (not a test): checkouts through the gateway of a running platform (dev profile, e.g.
# `./emporium up`), baskets of 3 lines, open loop at RATE/s for SECONDS s (OrderingBench.java): p50/p99 of the
# POST /api/ordering/orders, of checkout -> order reads AWAITING_PAYMENT, and CPU seconds per checkout of every
# platform process (utime+stime from /proc, processes found by the launcher's -Demporium.process=<name> or their
# exec jar's name; read only, nothing killed).
# Usage: bench/ordering/run.sh [gatewayUrl=http://127.0.0.1:8080] [rate=20] [seconds=60] [customers=40]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
GATEWAY=${1:-http://127.0.0.1:8080}
PIDS=""
for name in gateway identity catalog basket discount ordering; do
  # the launcher runs copies of the exec jars (.emporium/jars/<name>.jar) and names each process
  pid=$(pgrep -f -- "-Demporium.process=$name -jar" | head -1 || pgrep -f -- "$name-exec.jar" | head -1 || true)
  [[ -n "$pid" ]] && PIDS="$PIDS${PIDS:+,}$name=$pid"
done
echo "date $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo "processes: ${PIDS:-none found}"
BENCH_PIDS="$PIDS" "$JAVA_HOME/bin/java" bench/ordering/OrderingBench.java "$GATEWAY" "${2:-20}" "${3:-60}" "${4:-40}"
echo "load average after $(cut -d' ' -f1-3 /proc/loadavg)"
