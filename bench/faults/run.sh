#!/usr/bin/env bash
# Fault suite (scripted, bounded): while the shop mix runs at RATE/s through the gateway, one fault after the other,
# each followed by its recovery (time until a checkout succeeds again):
#   ci:   broker stopped 5 s; Redis stopped 5 s; ordering kill -9 right after a checkout, restarted by the
#         supervisor onto a PostgreSQL proxy that then adds 500 ms for 15 s; catalog frozen (SIGSTOP) 10 s
#   full: broker stopped 20 s; kill -9 ordering, catalog, message one at a time; Redis stopped 20 s; catalog's
#         database +500 ms for 30 s (after a kill -9 onto the proxy); discount frozen 30 s
# Then the consistency checks on every database. Exit 1 when a client saw a 500, a hang, a lost connection or an
# error that is not problem+json, or when a check does not hold. Starts its own platform (dev budgets, data in
# bench-shop/target/fault-platform) unless one runs there; stops it at the end unless --keep.
# Usage: bench/faults/run.sh [ci|full] [rate=10] [--keep]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ ! -f bench-shop/target/bench-shop.jar ]]; then
  ./emporium mvn -B -q install -DskipTests
fi
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
CP=$(mktemp -d /tmp/bench-faults.XXXXXX)
trap 'rm -rf "$CP"' EXIT
cp bench-shop/target/bench-shop.jar "$CP/" && cp -r bench-shop/target/lib "$CP/lib"
"$JAVA" --sun-misc-unsafe-memory-access=allow -cp "$CP/bench-shop.jar:$CP/lib/*" \
  org.emporium.bench.shop.faults.FaultBench "${1:-ci}" "${2:-10}" "${@:3}" | tee bench-shop/target/faults-run.log
