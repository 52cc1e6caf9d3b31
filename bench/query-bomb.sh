#!/usr/bin/env bash
# A memberState lookup's latency through the gateway alone, then while query bombs and an allowed large query run
# against the same gateway, side by side in one run (issue 11, item 3: "a memberState query sent while it runs within
# 200 ms"), over a stack started with `./ipaccord up`.
#   bench/query-bomb.sh [rounds]     (env: GATEWAY=http://127.0.0.1:8080/graphql DURATION=15s BOMBERS=4 LARGE=2)
# Each round: `wrk -t1 -c1` on `memberState(code:"CN")` alone, then the same while `wrk -t1 -c$BOMBERS` sends the
# bomb of the issue (refused before execution, QUERY_TOO_COMPLEX) and `wrk -t1 -c$LARGE` sends an allowed large query
# (`treaties { code parties { stateCode } }`; LARGE=0: none); the order of the two measurements alternates by round. Prints p50, p99
# and max of the lookup in each, and the bombs' and large queries' own rates. Every answer is checked once first.
set -euo pipefail
ROUNDS=${1:-3}
GATEWAY=${GATEWAY:-http://127.0.0.1:8080/graphql}
DURATION=${DURATION:-15s}
BOMBERS=${BOMBERS:-4}
LARGE=${LARGE:-2}
command -v wrk >/dev/null || { echo "wrk not found (Debian: apt-get install -y wrk)" >&2; exit 1; }
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

LOOKUP='{"query":"{ memberState(code:\"CN\") { code name } }"}'
BOMB='{"query":"{ treaty(code:\"BERNE\") { parties { treaty { parties { stateCode } } } } }"}'
HEAVY='{"query":"{ treaties { code parties { stateCode } } }"}'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in LOOKUP BOMB HEAVY; do
  body=${!name}
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' "$body" \
    >"$work/$name.lua"
done

post() { curl -sS -H 'Content-Type: application/json' -d "$1" "$GATEWAY"; }
post "$LOOKUP" | grep -q '"name":"China"' || { echo "memberState(CN) did not answer China" >&2; exit 1; }
post "$BOMB" | grep -q '"code":"QUERY_TOO_COMPLEX"' || { echo "the bomb was not refused with QUERY_TOO_COMPLEX" >&2; exit 1; }
post "$HEAVY" | grep -q '"parties"' || { echo "the large query answered no parties" >&2; exit 1; }

ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }
latency() { # wrk output, percentile label -> ms
  ms "$(awk -v p="$2" '$1 == p { print $2 }' <<<"$1")"
}
maximum() { ms "$(awk '$1 == "Latency" { print $4 }' <<<"$1")"; }
rps() { awk '/^Requests\/sec/ { if ($2 == "-") print "-"; else printf "%.0f", $2 }' <<<"$1"; }

alone() { wrk -t1 -c1 -d"$DURATION" --latency -s "$work/LOOKUP.lua" "$GATEWAY"; }
loaded() {
  wrk -t1 -c"$BOMBERS" -d"$DURATION" -s "$work/BOMB.lua" "$GATEWAY" >"$work/bomb.out" &
  local bombs=$!
  local large=
  if ((LARGE > 0)); then
    wrk -t1 -c"$LARGE" -d"$DURATION" -s "$work/HEAVY.lua" "$GATEWAY" >"$work/large.out" &
    large=$!
  else
    echo "Requests/sec: -" >"$work/large.out"
  fi
  wrk -t1 -c1 -d"$DURATION" --latency -s "$work/LOOKUP.lua" "$GATEWAY"
  wait "$bombs" $large
}

wrk -t1 -c1 -d3s -s "$work/LOOKUP.lua" "$GATEWAY" >/dev/null # warm-up
declare -A P50 P99
echo "| round | memberState | p50 ms | p99 ms | max ms | lookups/s | bombs/s | large/s |"
echo "|---|---|---|---|---|---|---|---|"
for ((round = 1; round <= ROUNDS; round++)); do
  order=(alone loaded)
  ((round % 2 == 0)) && order=(loaded alone)
  for kind in "${order[@]}"; do
    out=$($kind)
    P50[$kind]="${P50[$kind]:-} $(latency "$out" 50%)"
    P99[$kind]="${P99[$kind]:-} $(latency "$out" 99%)"
    others="- | -"
    [[ $kind == loaded ]] && others="$(rps "$(cat "$work/bomb.out")") | $(rps "$(cat "$work/large.out")")"
    echo "| $round | $kind | $(latency "$out" 50%) | $(latency "$out" 99%) | $(maximum "$out") | $(rps "$out") | $others |"
  done
done
echo
echo "| memberState | median p50 ms | median p99 ms |"
echo "|---|---|---|"
for kind in alone loaded; do
  echo "| $kind | $(median "${P50[$kind]}") | $(median "${P99[$kind]}") |"
done
