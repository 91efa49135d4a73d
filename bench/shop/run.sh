#!/usr/bin/env bash
# Shop benchmark (not a test): the whole shop through the gateway, Online Boutique's mix adapted (browse/search 10,
# product 10, reviews 3, add to basket 2, view basket 3, coupon 1, checkout 1, pay 1, my orders 1, sign-in 1),
# open loop (latency from the intended send time), ramped through RATES until a step breaks (read p99 > 200 ms,
# write p99 > 400 ms, any error). Per step: p50/p95/p99 and statuses per request kind, CPU cores busy per process;
# the knee and the busiest process; then the consistency checks on the services' databases.
# Starts its own platform (embedded, free ports, data in bench-shop/target/bench-platform, gateway budgets raised
# through SPRING_APPLICATION_JSON) unless one already runs there; stops it at the end unless --keep.
# `bench/shop/run.sh down [folder]` stops a platform left up by --keep (default bench-shop/target/bench-platform).
# Usage: bench/shop/run.sh [--rates 10,50,100,200,300,400] [--step-seconds 30] [--warmup-seconds 60]
#                          [--customers 300] [--products 40] [--keep]
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ ! -f bench-shop/target/bench-shop.jar ]]; then
  ./emporium mvn -B -q install -DskipTests
fi
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
# run from a copy of the class path, so a rebuild during the run cannot pull a jar from under it
CP=$(mktemp -d /tmp/bench-shop.XXXXXX)
trap 'rm -rf "$CP"' EXIT
cp bench-shop/target/bench-shop.jar "$CP/" && cp -r bench-shop/target/lib "$CP/lib"
if [[ "${1:-}" == down ]]; then
  "$JAVA" -cp "$CP/bench-shop.jar:$CP/lib/*" org.emporium.bench.shop.BenchPlatform down \
    "${2:-bench-shop/target/bench-platform}"
  exit
fi
"$JAVA" --sun-misc-unsafe-memory-access=allow -cp "$CP/bench-shop.jar:$CP/lib/*" \
  org.emporium.bench.shop.ShopBench "$@" | tee bench-shop/target/shop-run.log
