#!/usr/bin/env bash
# Resident memory of each service and the gateway under load, over a stack started with `./ipaccord up`.
#   bench/memory.sh            (env: DURATION=15s per query, CONNECTIONS=16, STATE=deploy/local/.state)
# Drives every query below in turn with `wrk -t1 -c$CONNECTIONS -d$DURATION` (REST reads on each backend, then GraphQL
# queries through the gateway, which fan out to the backends) while sampling every process's RSS (/proc/<pid>/status)
# each 0.2 s. Each answer is checked once (HTTP 200, non-empty, no GraphQL errors) before it is counted. Prints, per
# process: its max heap (jcmd VM.flags MaxHeapSize), RSS before the load, peak RSS during it and RSS after it, and the
# rps of each query with its non-2xx count.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
STATE=${STATE:-$ROOT/deploy/local/.state}
MEMBER=${MEMBER:-http://127.0.0.1:8081}
TREATY=${TREATY:-http://127.0.0.1:8082}
EVENT=${EVENT:-http://127.0.0.1:8083}
GATEWAY=${GATEWAY:-http://127.0.0.1:8080/graphql}
PROCS=(member-service treaty-service event-service gateway)
command -v wrk >/dev/null || { echo "wrk not found (Debian: apt-get install -y wrk)" >&2; exit 1; }
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd

declare -A PID
for p in "${PROCS[@]}"; do
  PID[$p]=$(cat "$STATE/pids/$p.pid" 2>/dev/null) || { echo "$p is not running (./ipaccord up first)" >&2; exit 1; }
  kill -0 "${PID[$p]}" 2>/dev/null || { echo "$p (pid ${PID[$p]}) is not running" >&2; exit 1; }
done

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
heap_mb() { "$JCMD" "$1" VM.flags 2>/dev/null | tr ' ' '\n' | awk -F= '/^-XX:MaxHeapSize=/ { printf "%.0f", $2 / 1048576 }'; }

# Queries: name, kind (GET url | POST graphql document).
NAMES=() KINDS=() TARGETS=()
get() { NAMES+=("GET ${1#http://127.0.0.1}"); KINDS+=(GET); TARGETS+=("$1"); }
gql() { NAMES+=("graphql $1"); KINDS+=(POST); TARGETS+=("$1"); }
get "$MEMBER/member-states/CN"
get "$MEMBER/member-states"
get "$TREATY/treaties"
get "$TREATY/treaties/BERNE/parties"
get "$TREATY/states/CN/treaties"
get "$EVENT/events"
gql '{ memberState(code: "CN") { name memberSince } }'
gql '{ treaty(code: "BERNE") { parties { state { name } } } }'
gql '{ timeline(state: "CN") { __typename } }'
gql '{ memberStates(first: 100) { edges { node { code name } } } }'
gql '{ events(first: 50) { edges { node { id title } } } }'

WORK=$(mktemp -d)
trap 'kill "${SAMPLER:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

json_body() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$1"; }
for i in "${!NAMES[@]}"; do
  if [[ ${KINDS[$i]} == GET ]]; then
    body=$(curl -sf "${TARGETS[$i]}") || { echo "${NAMES[$i]} failed" >&2; exit 1; }
    [[ ${#body} -gt 2 ]] || { echo "${NAMES[$i]} answered an empty result" >&2; exit 1; }
  else
    json_body "${TARGETS[$i]}" >"$WORK/$i.json"
    body=$(curl -sf "$GATEWAY" -H 'Content-Type: application/json' --data-binary @"$WORK/$i.json") ||
      { echo "${NAMES[$i]} failed" >&2; exit 1; }
    [[ $body == '{"data":'* && $body != *'"errors"'* ]] || { echo "${NAMES[$i]} answered: ${body:0:300}" >&2; exit 1; }
    python3 - "$WORK/$i.json" >"$WORK/$i.lua" <<'EOF'
import json, sys
body = open(sys.argv[1]).read().strip()
print('wrk.method = "POST"')
print('wrk.headers["Content-Type"] = "application/json"')
print('wrk.body = ' + json.dumps(body))
EOF
  fi
done

declare -A BEFORE HEAP
for p in "${PROCS[@]}"; do BEFORE[$p]=$(rss_mb "${PID[$p]}"); HEAP[$p]=$(heap_mb "${PID[$p]}"); done

# Sampler: one line per sample, "name rss_mb".
(
  while true; do
    for p in "${PROCS[@]}"; do echo "$p $(rss_mb "${PID[$p]}" 2>/dev/null || echo 0)"; done
    sleep 0.2
  done
) >"$WORK/samples" &
SAMPLER=$!

echo "| query | rps | non-2xx |"
echo "|---|---|---|"
for i in "${!NAMES[@]}"; do
  if [[ ${KINDS[$i]} == GET ]]; then
    out=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" "${TARGETS[$i]}")
  else
    out=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$WORK/$i.lua" "$GATEWAY")
  fi
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  errors=$(awk '/Non-2xx/ { print $NF }' <<<"$out"); errors=${errors:-0}
  echo "| ${NAMES[$i]} | $rps | $errors |"
done
kill "$SAMPLER"; wait "$SAMPLER" 2>/dev/null || true
echo
echo "| process | max heap MB | RSS before MB | peak RSS under load MB | RSS after MB |"
echo "|---|---|---|---|---|"
for p in "${PROCS[@]}"; do
  peak=$(awk -v p="$p" '$1 == p && $2 > m { m = $2 } END { print m + 0 }' "$WORK/samples")
  echo "| $p | ${HEAP[$p]:-?} | ${BEFORE[$p]} | $peak | $(rss_mb "${PID[$p]}") |"
done
