#!/usr/bin/env bash
# The scale data set of issue 10, loaded through the services' public REST APIs over a running `./ipaccord up` (whose
# seed holds the 27 real party tables): SCALE x 100 synthetic treaties with every member state (194) a party, and
# SCALE x 20,000 synthetic WIPO meetings (events) with 5 state delegations each.
#   bench/scale-data.sh [SCALE]      (default 1; env: MEMBER TREATY EVENT PARALLEL=4 CHUNK=1000)
# Treaties BENCH_0001..: POST /treaties, then PUT /treaties/{code}/party-table (the depositary's CSV format: one
# ratification per member state, dates spread from 2000 on), PARALLEL at a time. Meetings MTG-BENCH-000001..: PUT
# /meetings in pairs of CHUNK meetings and their participants (meetings.csv / meeting_participants.csv format), body
# BENCH, hosted in turn by each member state. Everything is keyed by its code or id and the imports bring the data in
# line rather than add to it, so re-running (or SCALE=10 after SCALE=1) adds only what is missing: a treaty that exists
# with all its parties, a chunk whose last meeting exists, is skipped. Token: `./ipaccord token admin bench`.
# Prints what it added and the time taken.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
SCALE=${1:-${SCALE:-1}}
MEMBER=${MEMBER:-http://127.0.0.1:8081}
TREATY=${TREATY:-http://127.0.0.1:8082}
EVENT=${EVENT:-http://127.0.0.1:8083}
PARALLEL=${PARALLEL:-4}
CHUNK=${CHUNK:-1000}
TREATIES=$((SCALE * 100))
MEETINGS=$((SCALE * 20000))
TOKEN=$("$ROOT/ipaccord" token admin bench)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
start=$(date +%s)

# The member states, by code.
curl -sf "$MEMBER/member-states?first=500&sort=code" | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    for (const m of JSON.parse(s).items) console.log(m.code + "\t" + m.name); });' >"$WORK/states.tsv"
STATES=$(wc -l <"$WORK/states.tsv")
((STATES > 0)) || { echo "no member states at $MEMBER" >&2; exit 1; }

# One treaty: register it unless known, import its table unless every state is already a party.
treaty() {
  local i=$1 code known
  code=$(printf 'BENCH_%04d' "$i")
  known=$(curl -s -o "$WORK/$code.json" -w '%{http_code}' "$TREATY/treaties/$code")
  if [[ $known == 200 ]] && node -e 'process.exit(JSON.parse(require("fs").readFileSync(process.argv[1])).partyCount == process.argv[2] ? 0 : 1)' \
    "$WORK/$code.json" "$STATES"; then
    return 0
  fi
  if [[ $known == 404 ]]; then
    curl -sf -o /dev/null -X POST "$TREATY/treaties" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{
      \"code\": \"$code\", \"shortName\": \"Bench $i\", \"officialName\": \"Synthetic Treaty $i (bench/scale-data.sh)\",
      \"category\": \"IP_PROTECTION\", \"adoptedPlace\": \"Geneva\", \"adoptedDate\": \"1999-01-01\",
      \"depositary\": \"Director General of WIPO\", \"sources\": [\"bench/scale-data.sh\"], \"verified\": \"no\", \"acts\": [],
      \"rule\": {\"qualifyingTypes\": [\"RATIFICATION\", \"ACCESSION\"], \"conditions\": [{\"count\": 30}],
        \"initialDelay\": {\"amount\": 3, \"unit\": \"MONTHS\", \"anchor\": \"DEPOSIT\"},
        \"laterPartyDelay\": {\"amount\": 3, \"unit\": \"MONTHS\", \"anchor\": \"DEPOSIT\"}, \"partyMayNameLaterDate\": false}}" ||
      { echo "POST /treaties $code failed" >&2; return 1; }
  fi
  awk -F'\t' -v code="$code" -v i="$i" '
    BEGIN { print "treaty_code,party_name_source,iso2,party_kind,signature_date,instrument_type,instrument_date,entry_into_force_date,denunciation_date,termination_date,notes,source_url" }
    { d = 730 + (NR * 37 + i * 11) % 8000   # days after 1999-01-01 (an epoch-free date: y-m-d from a day count)
      y = 1999; m = 1; split("31 28 31 30 31 30 31 31 30 31 30 31", len, " ")
      while (1) { dy = (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365; if (d < dy) break; d -= dy; y++ }
      while (1) { l = len[m] + (m == 2 && dy == 366); if (d < l) break; d -= l; m++ }
      printf "%s,\"%s\",%s,state,,ratification,%04d-%02d-%02d,,,,,bench/scale-data.sh\n", code, $2, $1, y, m, d + 1 }' \
    "$WORK/states.tsv" >"$WORK/$code.csv"
  curl -sf -o /dev/null -X PUT "$TREATY/treaties/$code/party-table" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: text/csv' --data-binary @"$WORK/$code.csv" || { echo "PUT party-table $code failed" >&2; return 1; }
  echo "$code" >>"$WORK/treaties.added"
}

# One chunk of meetings: import it unless its last meeting exists.
meetings() {
  local first=$1 last=$2
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$EVENT/meetings/$(printf 'MTG-BENCH-%06d' "$last")") == 200 ]] && return 0
  awk -F'\t' -v first="$first" -v last="$last" -v mfile="$WORK/m$first.csv" -v pfile="$WORK/p$first.csv" '
    { code[NR - 1] = $1; name[NR - 1] = $2; n = NR }
    END {
      print "id,body_code,session,type,title,start_date,end_date,city,country_iso2,format,document_code,member_states_count_reported,igo_count_reported,ngo_count_reported,source_url,notes" > mfile
      print "meeting_id,participant_name_source,iso2,kind,capacity,source_url" > pfile
      split("31 28 31 30 31 30 31 31 30 31 30 31", len, " ")
      for (k = first; k <= last; k++) {
        id = sprintf("MTG-BENCH-%06d", k)
        d = k % 12000; y = 1990; m = 1   # one meeting a day from 1990, wrapping after 12,000 days
        while (1) { dy = (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365; if (d < dy) break; d -= dy; y++ }
        while (1) { l = len[m] + (m == 2 && dy == 366); if (d < l) break; d -= l; m++ }
        date = sprintf("%04d-%02d-%02d", y, m, d + 1)
        host = k % n
        printf "%s,BENCH,%d,committee_session,Synthetic Meeting %d (bench/scale-data.sh),%s,%s,Geneva,%s,in_person,,5,,,bench/scale-data.sh,\n", id, k, k, date, date, code[host] > mfile
        for (j = 0; j < 5; j++) { s = (host + j * 37) % n; printf "%s,\"%s\",%s,state,member,bench/scale-data.sh\n", id, name[s], code[s] > pfile }
      }
    }' "$WORK/states.tsv"
  curl -sf -o /dev/null -X PUT "$EVENT/meetings" -H "Authorization: Bearer $TOKEN" \
    -F meetings=@"$WORK/m$first.csv" -F participants=@"$WORK/p$first.csv" ||
    { echo "PUT /meetings $first..$last failed" >&2; return 1; }
  echo "$first-$last" >>"$WORK/meetings.added"
}

export -f treaty meetings
export TREATY EVENT TOKEN WORK STATES
seq 1 "$TREATIES" | xargs -P "$PARALLEL" -I{} bash -c 'treaty {}'
# the first chunk alone (it creates the BENCH series the others join), then the others side by side
meetings 1 $((CHUNK < MEETINGS ? CHUNK : MEETINGS))
for ((first = CHUNK + 1; first <= MEETINGS; first += CHUNK)); do
  last=$((first + CHUNK - 1)); ((last > MEETINGS)) && last=$MEETINGS
  echo "$first $last"
done | xargs -r -P "$PARALLEL" -n2 bash -c 'meetings "$0" "$1"'

touch "$WORK/treaties.added" "$WORK/meetings.added"
added_t=$(wc -l <"$WORK/treaties.added")
added_m=$(awk -F- '{ n += $2 - $1 + 1 } END { print n + 0 }' "$WORK/meetings.added")
echo "scale $SCALE: $TREATIES synthetic treaties x $STATES parties ($added_t imported now), $MEETINGS synthetic meetings x 5 delegations ($added_m imported now), $(($(date +%s) - start)) s"
