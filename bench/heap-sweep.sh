#!/usr/bin/env bash
# One service under one read, for several heap sizes side by side: how throughput, GC time and RSS move with -Xmx.
#   bench/heap-sweep.sh SERVICE PATH HEAP... [env: ROUNDS=2 DURATION=10s CONNECTIONS=16]
#   e.g. bench/heap-sweep.sh event-service /events 96m 128m 192m
# For each round and heap (the order reversed every other round), starts the service alone through the launcher
# (`IPACCORD_SERVICES=SERVICE IPACCORD_<SERVICE>_HEAP="-Xms32m -Xmx<heap> -XX:+ExitOnOutOfMemoryError" ./ipaccord up -d
# --no-build`; Kafka and PostgreSQL are started first if needed), checks the answer once (200, non-empty), warms up
# 3 s, then `wrk -t1 -c$CONNECTIONS -d$DURATION`, sampling its RSS every 0.2 s; then stops it. Prints rps, p99, GC
# seconds during the run (jstat GCT) and peak RSS, then the medians per heap.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVICE=${1:?usage: bench/heap-sweep.sh SERVICE PATH HEAP...}
URLPATH=${2:?usage: bench/heap-sweep.sh SERVICE PATH HEAP...}
shift 2
HEAPS=("$@")
((${#HEAPS[@]})) || { echo "name at least one heap, e.g. 96m" >&2; exit 2; }
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-16}
STATE=$ROOT/deploy/local/.state
VAR=IPACCORD_$(tr 'a-z-' 'A-Z_' <<<"$SERVICE")_HEAP
PORT=$(awk -v s="$SERVICE" '$1 == s { print $2 }' "$ROOT/deploy/local/services")
command -v wrk >/dev/null || { echo "wrk not found (Debian: apt-get install -y wrk)" >&2; exit 1; }

# shellcheck source=common.sh
source "$ROOT/bench/common.sh"
gct() { jstat -gcutil "$1" | awk 'NR == 2 { print $NF }'; }
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

started_infra=false
running kafka || started_infra=true
stop "$SERVICE"
IPACCORD_SERVICES='' "$ROOT/ipaccord" up -d --no-build >/dev/null
trap 'stop "$SERVICE"; if $started_infra; then "$ROOT/ipaccord" down >/dev/null; fi' EXIT

declare -A RPS P99 GC RSS
url=http://127.0.0.1:$PORT$URLPATH
echo "| round | heap | rps | p99 ms | GC s | peak RSS MB |"
echo "|---|---|---|---|---|---|"
for ((round = 1; round <= ROUNDS; round++)); do
  order=("${HEAPS[@]}")
  ((round % 2 == 0)) && mapfile -t order < <(printf '%s\n' "${HEAPS[@]}" | tac)
  for heap in "${order[@]}"; do
    env IPACCORD_SERVICES="$SERVICE" "$VAR=-Xms32m -Xmx$heap -XX:+ExitOnOutOfMemoryError" "$ROOT/ipaccord" up -d --no-build >/dev/null
    pid=$(cat "$STATE/pids/$SERVICE.pid")
    body=$(curl -sf "$url") || { echo "GET $url failed" >&2; exit 1; }
    [[ ${#body} -gt 2 ]] || { echo "GET $url answered an empty result" >&2; exit 1; }
    wrk -t1 -c"$CONNECTIONS" -d3s "$url" >/dev/null
    before=$(gct "$pid")
    samples=$(mktemp)
    (while kill -0 "$pid" 2>/dev/null; do awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status"; sleep 0.2; done) >"$samples" 2>/dev/null &
    sampler=$!
    out=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    gc=$(awk -v a="$before" -v b="$(gct "$pid")" 'BEGIN { printf "%.2f", b - a }')
    rss=$(sort -n "$samples" | tail -1)
    rm -f "$samples"
    echo "| $round | $heap | $rps | $p99 | $gc | $rss |"
    RPS[$heap]="${RPS[$heap]:-} $rps" P99[$heap]="${P99[$heap]:-} $p99" GC[$heap]="${GC[$heap]:-} $gc" RSS[$heap]="${RSS[$heap]:-} $rss"
    stop "$SERVICE"
  done
done
echo
echo "| $SERVICE GET $URLPATH heap | median rps | median p99 ms | median GC s | median peak RSS MB |"
echo "|---|---|---|---|---|"
for heap in "${HEAPS[@]}"; do
  echo "| $heap | $(median "${RPS[$heap]}") | $(median "${P99[$heap]}") | $(median "${GC[$heap]}") | $(median "${RSS[$heap]}") |"
done
