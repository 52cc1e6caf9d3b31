#!/usr/bin/env bash
# Time to ready of each packaged service started alone, then of all four started together, through the launcher
# (`./ipaccord up -d --no-build`, which times each service from its start to its first 200 on /q/health/ready,
# polled every 0.1 s). Needs a built suite whose databases were seeded once (a first `./ipaccord up`).
#   bench/startup.sh [rounds]          (default 3; env: IPACCORD_* as for the launcher, e.g. IPACCORD_JAVA_OPTS)
# Kafka and PostgreSQL are started first if they are not running (and stopped at the end if this script started
# them); a service already running is stopped first. Prints one row per round and service, then the medians. Besides
# the wall time, the CPU time (user + system) the service's JVM had used when the launcher saw it ready: the work of
# starting, which other load on the machine does not inflate as it does the wall time.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROUNDS=${1:-3}
STATE=$ROOT/deploy/local/.state
SERVICES=(member-service treaty-service event-service gateway)
LAUNCHER=$ROOT/ipaccord

# shellcheck source=common.sh
source "$ROOT/bench/common.sh"
TICKS=$(getconf CLK_TCK)
cpu_time() { # service -> CPU seconds its JVM used so far
  awk -v t="$TICKS" '{ sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / t }' "/proc/$(cat "$STATE/pids/$1.pid")/stat"
}
ready_time() { # launcher output, service -> seconds
  sed 's/\x1b\[[0-9;]*m//g' | awk -v s="$1" '$1 == s && $2 == "ready" { print $(NF - 1) }'
}

started_infra=false
running kafka || started_infra=true
for s in "${SERVICES[@]}"; do stop "$s"; done
IPACCORD_SERVICES='' "$LAUNCHER" up -d --no-build >/dev/null
trap 'for s in "${SERVICES[@]}"; do stop "$s"; done; if $started_infra; then "$LAUNCHER" down >/dev/null; fi' EXIT

declare -A ALONE TOGETHER CPU
echo "| round | service | ready alone s | CPU s to ready alone | ready with the other three s |"
echo "|---|---|---|---|---|"
for ((round = 1; round <= ROUNDS; round++)); do
  declare -A alone=() cpu=()
  for s in "${SERVICES[@]}"; do
    out=$(IPACCORD_SERVICES=$s "$LAUNCHER" up -d --no-build)
    cpu[$s]=$(cpu_time "$s")
    alone[$s]=$(ready_time "$s" <<<"$out")
    [[ -n ${alone[$s]} ]] || { echo "$s did not report ready:" >&2; echo "$out" >&2; exit 1; }
    stop "$s"
  done
  out=$("$LAUNCHER" up -d --no-build)
  for s in "${SERVICES[@]}"; do
    t=$(ready_time "$s" <<<"$out")
    [[ -n $t ]] || { echo "$s did not report ready:" >&2; echo "$out" >&2; exit 1; }
    echo "| $round | $s | ${alone[$s]} | ${cpu[$s]} | $t |"
    ALONE[$s]="${ALONE[$s]:-} ${alone[$s]}" TOGETHER[$s]="${TOGETHER[$s]:-} $t" CPU[$s]="${CPU[$s]:-} ${cpu[$s]}"
  done
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do stop "${SERVICES[$i]}"; done
done
echo
echo "| service | median ready alone s | median CPU s to ready alone | median ready with the other three s |"
echo "|---|---|---|---|"
for s in "${SERVICES[@]}"; do
  echo "| $s | $(median "${ALONE[$s]}") | $(median "${CPU[$s]}") | $(median "${TOGETHER[$s]}") |"
done
