#!/usr/bin/env bash
# Throughput of treaty-service's standings reads against member-service's member-state lookup, side by side in one
# run, over a stack started with `./ipaccord up` (the seed loads the 27 real party tables).
#   bench/standings.sh [rounds]      (env: DURATION=15s CONNECTIONS=16 TREATY=http://127.0.0.1:8082 MEMBER=http://127.0.0.1:8081)
# Prints one Markdown row per query and round (rps, p50, p99, non-2xx), then the medians and each ratio to the
# member-state lookup. Each answer is checked once (status 200, non-empty JSON) before it is counted.
set -euo pipefail
ROUNDS=${1:-3}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
TREATY=${TREATY:-http://127.0.0.1:8082}
MEMBER=${MEMBER:-http://127.0.0.1:8081}
command -v wrk >/dev/null || { echo "wrk not found (Debian: apt-get install -y wrk)" >&2; exit 1; }

NAMES=("member-states/CN" "states/CN/treaties" "states/CN/treaties?asOf=1990-01-01" "treaties/BERNE/parties"
  "treaties/BERNE/parties?asOf=1950-01-01" "treaties")
URLS=("$MEMBER/member-states/CN" "$TREATY/states/CN/treaties" "$TREATY/states/CN/treaties?asOf=1990-01-01"
  "$TREATY/treaties/BERNE/parties" "$TREATY/treaties/BERNE/parties?asOf=1950-01-01" "$TREATY/treaties")

for url in "${URLS[@]}"; do
  body=$(curl -sf "$url") || { echo "GET $url failed" >&2; exit 1; }
  [[ ${#body} -gt 2 ]] || { echo "GET $url answered an empty result" >&2; exit 1; }
done

# wrk's latency line in ms: "50%   1.23ms" / "99%  10.01ms" / "1.2s" / "800us".
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

declare -A RPS
echo "| round | query | rps | p50 ms | p99 ms | non-2xx |"
echo "|---|---|---|---|---|---|"
for ((round = 1; round <= ROUNDS; round++)); do
  order=("${!URLS[@]}")
  ((round % 2 == 0)) && order=($(printf '%s\n' "${order[@]}" | tac))
  for i in "${order[@]}"; do
    wrk -t1 -c"$CONNECTIONS" -d3s "${URLS[$i]}" >/dev/null   # warm-up
    out=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "${URLS[$i]}")
    rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
    p50=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    errors=$(awk '/Non-2xx/ { print $NF }' <<<"$out"); errors=${errors:-0}
    RPS[$i]="${RPS[$i]:-} $rps"
    echo "| $round | GET /${NAMES[$i]} | $rps | $p50 | $p99 | $errors |"
  done
done
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ref=$(median "${RPS[0]}")
echo
echo "| query | median rps | ratio to member-state lookup |"
echo "|---|---|---|"
for i in "${!URLS[@]}"; do
  m=$(median "${RPS[$i]}")
  echo "| GET /${NAMES[$i]} | $m | $(awk -v a="$m" -v b="$ref" 'BEGIN { printf "%.2f", a / b }') |"
done
