#!/usr/bin/env bash
# ipaccord's gateway against Hive Gateway over the same running services, and both against the REST calls beneath
# (issue 10, item 5). Over a stack started with `./ipaccord up` (gateway 8080, services 8081-8083):
#   bench/gateways.sh [rounds]     (default 3; env below)
# 1. Composes the three services from their /q/openapi documents (bench/hive/compose.mjs: mesh-compose with
#    @omnigraph/openapi, @resolveTo joins batched over /member-states/batch and /treaties/batch) and starts Hive
#    Gateway three ways: one process (hive, port 4001), one worker per core (hive-fork, --fork $(nproc), 4002), the
#    Rust query planner (hive-router, --hive-router-runtime, 4003); each one's start-up time is taken alone (from
#    its spawn to the first answer with data).
# 2. Asks every query of bench/hive/queries.mjs once on every target, checks it (200, no errors, non-empty) and that
#    its content is the same as ipaccord's; a target that fails, differs or has no such query is reported and not
#    driven. Counts each query's backend calls (/q/metrics http_server_requests_seconds_count of the three
#    services, before and after one request).
# 3. Rounds: for each query, each target in turn (the order reversed every other round), `wrk -t1 -c$CONNECTIONS`
#    $WARMUP warm-up then $DURATION measured; the REST floor is each of the query's backend calls driven alone, and
#    combined as a chain (rps 1/sum(1/rps), p50 and p99 the sums). Medians over the rounds.
# 4. RSS of each gateway (its whole process tree) after the load. Prints the Markdown table and appends it, with the
#    command, the commit, the data's size and `uptime`, to bench/RESULTS.md.
# Env: DURATION=5s WARMUP=1s CONNECTIONS=16 QUERIES="a b c timeline search states100"
#      DURATION_<query> (default DURATION_states100=20s) TARGETS="ipaccord hive hive-fork hive-router" SCALE (load bench/scale-data.sh's data set first, e.g. 1 or 10)
#      GATEWAY MEMBER TREATY EVENT RESULTS=bench/RESULTS.md (RESULTS=/dev/null: print only)
# Needs wrk (Debian: apt-get install -y wrk), curl, Node.js 18+ with npm (npm ci of bench/hive on first use).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
ROUNDS=${1:-3}
DURATION=${DURATION:-5s}
WARMUP=${WARMUP:-1s}
CONNECTIONS=${CONNECTIONS:-16}
QUERIES=(${QUERIES:-a b c timeline search states100})
TARGETS=(${TARGETS:-ipaccord hive hive-fork hive-router})
GATEWAY=${GATEWAY:-http://127.0.0.1:8080/graphql}
export MEMBER=${MEMBER:-http://127.0.0.1:8081} TREATY=${TREATY:-http://127.0.0.1:8082} EVENT=${EVENT:-http://127.0.0.1:8083}
RESULTS=${RESULTS:-$HERE/RESULTS.md}
# a query whose answers take seconds at 16 connections gets a longer window (none would complete in 5 s)
DURATION_states100=${DURATION_states100:-20s}
STATE=${STATE:-$ROOT/deploy/local/.state}
FORK=${FORK:-$(nproc)}
declare -A PORT=([hive]=4001 [hive-fork]=4002 [hive-router]=4003)
declare -A FLAGS=([hive]="" [hive-fork]="--fork $FORK" [hive-router]="--hive-router-runtime")
# shellcheck source=common.sh
source "$HERE/common.sh"

for tool in wrk curl node npm; do
  command -v $tool >/dev/null || { echo "$tool not found (wrk: apt-get install -y wrk; node, npm: apt-get install -y nodejs npm)" >&2; exit 1; }
done
for url in "$MEMBER" "$TREATY" "$EVENT" "${GATEWAY%/graphql}"; do
  curl -sf "$url/q/health/ready" >/dev/null || { echo "$url is not ready: start the stack with ./ipaccord up -d" >&2; exit 1; }
done

if [[ -n ${SCALE:-} ]]; then "$HERE/scale-data.sh" "$SCALE"; fi

HIVE=$HERE/hive
WORK=$HIVE/.work
rm -rf "$WORK/q"; mkdir -p "$WORK/q"
declare -A HPID STARTUP
cleanup() { # TERM each Hive process group, KILL what is left after 5 s (a --fork primary may hang on TERM)
  local t i
  for t in "${!HPID[@]}"; do kill -TERM -- "-${HPID[$t]}" 2>/dev/null || true; done
  for ((i = 0; i < 50; i++)); do
    for t in "${!HPID[@]}"; do kill -0 -- "-${HPID[$t]}" 2>/dev/null && break; done || break
    sleep 0.1
  done
  for t in "${!HPID[@]}"; do kill -KILL -- "-${HPID[$t]}" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 143' TERM INT

url_of() { if [[ $1 == ipaccord ]]; then echo "$GATEWAY"; else echo "http://127.0.0.1:${PORT[$1]}/graphql"; fi; }

hive_targets=()
for t in "${TARGETS[@]}"; do [[ $t == ipaccord ]] || hive_targets+=("$t"); done
if ((${#hive_targets[@]})); then
  (cd "$HIVE" && { [[ -d node_modules/@graphql-hive/gateway ]] || npm ci --no-audit --no-fund --silent; } &&
    node node_modules/.bin/mesh-compose -c compose.mjs -o "$WORK/supergraph.graphql" >"$WORK/compose.log" 2>&1) ||
    { echo "composing the supergraph failed (bench/hive/.work/compose.log)" >&2; exit 1; }
  probe='{"query":"{ member_states_by_code(code: \"CN\") { name } }"}'
  for t in "${hive_targets[@]}"; do
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    (cd "$HIVE" && exec setsid node node_modules/.bin/hive-gateway supergraph "$WORK/supergraph.graphql" \
      --port "${PORT[$t]}" ${FLAGS[$t]} >"$WORK/$t.log" 2>&1) &
    HPID[$t]=$!
    until curl -s "$(url_of "$t")" -H 'Content-Type: application/json' -d "$probe" 2>/dev/null | grep -q '"data":{'; do
      kill -0 "${HPID[$t]}" 2>/dev/null || { echo "$t exited (bench/hive/.work/$t.log)" >&2; exit 1; }
      (($(date +%s%N) - start < 60000000000)) || { echo "$t not answering after 60 s" >&2; exit 1; }
      sleep 0.1
    done
    STARTUP[$t]=$((($(date +%s%N) - start) / 1000000))
  done
fi

# Check every query on every target, once.
check_args=()
for t in "${TARGETS[@]}"; do check_args+=("$t=$(url_of "$t")"); done
node "$HIVE/queries.mjs" check "$WORK/q" "${check_args[@]}" >"$WORK/check.tsv"
declare -A STATUS DETAIL TITLE FLOORS
while IFS=$'\t' read -r q t s d; do
  if [[ $t == floor ]]; then FLOORS[$q]="${FLOORS[$q]:-} $d"; else STATUS[$q|$t]=$s; DETAIL[$q|$t]=$d; fi
done <"$WORK/check.tsv"
while IFS=$'\t' read -r q title; do TITLE[$q]=$title; done < <(node "$HIVE/queries.mjs" titles)
echo "checked (each answer against ipaccord's):"
for q in "${QUERIES[@]}"; do
  for t in "${TARGETS[@]}"; do printf '  %-10s %-12s %-8s %s\n' "$q" "$t" "${STATUS[$q|$t]:-?}" "${DETAIL[$q|$t]:-}"; done
done
for q in "${QUERIES[@]}"; do
  for url in ${FLOORS[$q]:-}; do
    curl -sf -o /dev/null "$url" || { echo "floor call of $q failed: GET $url" >&2; exit 1; }
  done
done

# Backend calls of one request (the services' request counters, before and after).
requests() {
  for base in "$MEMBER" "$TREATY" "$EVENT"; do
    curl -s "$base/q/metrics" | awk '/^http_server_requests_seconds_count/ && $0 !~ /uri="\/q\// { n += $2 } END { printf "%d ", n }'
  done
}
declare -A CALLS
for q in "${QUERIES[@]}"; do
  for t in "${TARGETS[@]}"; do
    [[ ${STATUS[$q|$t]:-} == ok ]] || continue
    before=($(requests))
    curl -s -o /dev/null "$(url_of "$t")" -H 'Content-Type: application/json' --data-binary @"$WORK/q/$q.$t.json"
    after=($(requests))
    CALLS[$q|$t]=$((after[0] + after[1] + after[2] - before[0] - before[1] - before[2]))
  done
done

# wrk's latency in ms: "1.23ms", "800.00us", "1.20s".
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }
declare -A RPS P50 P99 ERR
drive() { # key url [body]
  local out q=${1%%|*} d
  d=DURATION_$q; d=${!d:-$DURATION}
  BODY=${3:-} wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s -s "$HERE/gateways.lua" "$2" >/dev/null
  out=$(BODY=${3:-} wrk -t1 -c"$CONNECTIONS" -d"$d" --timeout 30s --latency -s "$HERE/gateways.lua" "$2")
  RPS[$1]="${RPS[$1]:-} $(awk '/^Requests\/sec/ { printf "%.1f", $2 }' <<<"$out")"
  P50[$1]="${P50[$1]:-} $(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")"
  P99[$1]="${P99[$1]:-} $(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")"
  ERR[$1]="${ERR[$1]:-} $(awk '/^answer-errors/ { e += $2 } /Socket errors/ { gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) e += $i } END { print e + 0 }' <<<"$out")"
}
ORDER=("${TARGETS[@]}" floor)
for ((round = 1; round <= ROUNDS; round++)); do
  order=("${ORDER[@]}")
  ((round % 2 == 0)) && order=($(printf '%s\n' "${ORDER[@]}" | tac))
  echo "round $round of $ROUNDS: ${order[*]}"
  for q in "${QUERIES[@]}"; do
    for t in "${order[@]}"; do
      if [[ $t == floor ]]; then
        i=0
        for url in ${FLOORS[$q]:-}; do drive "$q|floor$i" "$url"; i=$((i + 1)); done
      elif [[ ${STATUS[$q|$t]:-} == ok ]]; then
        drive "$q|$t" "$(url_of "$t")" "$WORK/q/$q.$t.json"
      fi
    done
  done
done

rss_tree() { # pid: MB of it and its descendants
  local pids=("$1") all=() p
  while ((${#pids[@]})); do
    all+=("${pids[@]}")
    p=$(pgrep -P "$(IFS=,; echo "${pids[*]}")" | tr '\n' ' ' || true)
    read -r -a pids <<<"$p"
  done
  for p in "${all[@]}"; do awk '/^VmRSS/ { print $2 }' "/proc/$p/status" 2>/dev/null; done | awk '{ s += $1 } END { printf "%.0f", s / 1024 }'
}
declare -A RSS
for t in "${TARGETS[@]}"; do
  if [[ $t == ipaccord ]]; then
    [[ -f $STATE/pids/gateway.pid ]] && RSS[$t]=$(rss_tree "$(cat "$STATE/pids/gateway.pid")")
  else
    RSS[$t]=$(rss_tree "${HPID[$t]}")
  fi
done

# Medians; the floor as a chain of its calls.
declare -A M
f1() { awk -v v="$1" 'BEGIN { printf "%.1f", v }'; }
for q in "${QUERIES[@]}"; do
  for t in "${TARGETS[@]}"; do
    [[ -n ${RPS[$q|$t]:-} ]] || continue
    M[$q|$t|rps]=$(median "${RPS[$q|$t]}"); M[$q|$t|p50]=$(median "${P50[$q|$t]}"); M[$q|$t|p99]=$(median "${P99[$q|$t]}")
    M[$q|$t|err]=$(tr ' ' '\n' <<<"${ERR[$q|$t]}" | awk '{ s += $1 } END { print s + 0 }')
  done
  inv=0 p50=0 p99=0 err=0 n=0
  for ((i = 0; ; i++)); do
    [[ -n ${RPS[$q|floor$i]:-} ]] || break
    r=$(median "${RPS[$q|floor$i]}")
    inv=$(awk -v a="$inv" -v r="$r" 'BEGIN { print a + (r > 0 ? 1 / r : 1e9) }')
    p50=$(awk -v a="$p50" -v b="$(median "${P50[$q|floor$i]}")" 'BEGIN { print a + b }')
    p99=$(awk -v a="$p99" -v b="$(median "${P99[$q|floor$i]}")" 'BEGIN { print a + b }')
    err=$((err + $(tr ' ' '\n' <<<"${ERR[$q|floor$i]}" | awk '{ s += $1 } END { print s + 0 }')))
    n=$((n + 1))
  done
  if ((n)); then
    M[$q|floor|rps]=$(awk -v a="$inv" 'BEGIN { printf "%.1f", 1 / a }'); M[$q|floor|p50]=$(f1 "$p50"); M[$q|floor|p99]=$(f1 "$p99")
    M[$q|floor|err]=$err; CALLS[$q|floor]=$n
  fi
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "–"; else printf "%.2f", a / b }'; }

table() {
  echo "| query | target | rps | p50 ms | p99 ms | errors | backend calls | × ipaccord | × REST floor |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for q in "${QUERIES[@]}"; do
    for t in "${TARGETS[@]}" floor; do
      name=$t; [[ $t == floor ]] && name="REST floor (${CALLS[$q|floor]:-0} calls)"
      if [[ -n ${M[$q|$t|rps]:-} ]]; then
        r=${M[$q|$t|rps]}
        rr=$(printf '%.0f' "$r"); [[ $rr == 0 ]] && rr="0 (no answer completed in the window)"
        echo "| ${TITLE[$q]} | $name | $rr | ${M[$q|$t|p50]} | ${M[$q|$t|p99]} | ${M[$q|$t|err]} | ${CALLS[$q|$t]:-} | $(ratio "$r" "${M[$q|ipaccord|rps]:-}") | $(ratio "$r" "${M[$q|floor|rps]:-}") |"
      elif [[ $t != floor ]]; then
        echo "| ${TITLE[$q]} | $name | ${STATUS[$q|$t]:-not run}: ${DETAIL[$q|$t]:-} | | | | | | |"
      fi
    done
  done
  echo
  echo "| gateway | RSS after load MB | start-up ms (alone, to the first answer) |"
  echo "|---|---|---|"
  for t in "${TARGETS[@]}"; do
    echo "| $t | ${RSS[$t]:-?} | ${STARTUP[$t]:-see bench/startup.sh} |"
  done
}

# The issue's targets on a, b, c, from this run's medians.
goals() {
  local q h rps_i p99_i
  for q in a b c; do
    [[ -n ${M[$q|ipaccord|rps]:-} ]] || continue
    rps_i=${M[$q|ipaccord|rps]} p99_i=${M[$q|ipaccord|p99]}
    for h in hive:3 hive-fork:2; do
      t=${h%%:*} need=${h#*:}
      if [[ -n ${M[$q|$t|rps]:-} ]] && awk -v r="${M[$q|$t|rps]}" 'BEGIN { exit !(r > 0) }'; then
        x=$(ratio "$rps_i" "${M[$q|$t|rps]}") y=$(ratio "$p99_i" "${M[$q|$t|p99]}")
        echo "- $q vs $t: ${x}x the throughput (target ≥ ${need}x: $(awk -v x="$x" -v n="$need" 'BEGIN { print (x >= n) ? "met" : "missed" }')), p99 ${p99_i} ms vs ${M[$q|$t|p99]} ms = ${y} (target ≤ 0.5: $(awk -v y="$y" 'BEGIN { print (y <= 0.5) ? "met" : "missed" }'))"
      else
        echo "- $q vs $t: not measured ($([[ ${STATUS[$q|$t]:-} == ok ]] && echo "no answer completed in the window" || echo "${STATUS[$q|$t]:-not run}"))"
      fi
    done
    need=0.6; [[ $q == c ]] && need=0.8
    x=$(ratio "$rps_i" "${M[$q|floor|rps]:-}")
    echo "- $q vs the REST floor: ${x}x (target ≥ ${need}x: $(awk -v x="$x" -v n="$need" 'BEGIN { print (x != "–" && x >= n) ? "met" : "missed" }'))"
  done
}

LOAD=$(uptime | sed 's/.*load average: //')
DOWN=""
for url in "$MEMBER" "$TREATY" "$EVENT" "${GATEWAY%/graphql}"; do
  curl -sf "$url/q/health/ready" >/dev/null || DOWN="$DOWN $url"
done
SIZE=$(printf 'treaties %s, events %s' "$(curl -s "$TREATY/treaties" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).length))')" \
  "$(curl -s "$EVENT/events?first=1" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).totalCount))')")
report=$(
  echo "### Gateways side by side ($(date -u +%Y-%m-%d\ %H:%M) UTC, commit $(git -C "$ROOT" rev-parse --short HEAD))"
  echo
  echo "\`$(for v in SCALE DURATION DURATION_states100 WARMUP CONNECTIONS; do [[ -n ${!v:-} ]] && printf '%s=%s ' "$v" "${!v}"; done)bench/gateways.sh $ROUNDS\`: $ROUNDS rounds, \`wrk -t1 -c$CONNECTIONS\` $WARMUP warm-up + $DURATION measured per query and target, order reversed every other round, medians; data: $SIZE; Hive Gateway $(cd "$HIVE" && node -p 'require("./node_modules/@graphql-hive/gateway/package.json").version'), --fork $FORK; load average at the end: $LOAD."
  echo
  [[ -z $DOWN ]] || { echo "**Not ready at the end of the run:$DOWN** (the figures after it went down are connection errors)"; echo; }
  table
  echo
  echo "Issue 10's targets (ipaccord's gateway, this run):"
  echo
  goals
  echo
)
echo
echo "$report"
[[ $RESULTS == /dev/null ]] || { echo; echo "$report"; } >>"$RESULTS"
