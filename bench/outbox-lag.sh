#!/usr/bin/env bash
# Mutation-to-Kafka latency of the outbox, over a stack started with `./ipaccord up`:
#   bench/outbox-lag.sh [writes]      (default 300; env MEMBER=http://127.0.0.1:8081 KAFKA=127.0.0.1:9092,
#                                      TOKEN: an admin JWT, default ./ipaccord token admin bench)
# Each write renames the test member state QZ (registered first, removed at the end) and is timed from just before
# its request until its event is read back from Kafka; prints the first write's time and p50/p99 of the others.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LIB=$ROOT/deploy/local/.state/kafka/lib
[[ -d $LIB ]] || { echo "no Kafka client jars in $LIB: start the stack with ./ipaccord up first" >&2; exit 1; }
TOKEN=${TOKEN:-$("$ROOT/ipaccord" token admin bench)}
export TOKEN
exec java -cp "$LIB/*" "$ROOT/bench/OutboxLag.java" "${MEMBER:-http://127.0.0.1:8081}" "${KAFKA:-127.0.0.1:9092}" "${1:-300}"
