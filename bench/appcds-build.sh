#!/usr/bin/env bash
# What AppCDS adds to the launcher's build: runs the launcher's build command (./mvnw -B -ntp -DskipTests package)
# without and then with -Dquarkus.package.jar.appcds.enabled=true, one after the other, and prints each wall time,
# the difference, and per service the time of the archive step itself (from the build log's timestamps: "Launching
# AppCDS creation process" to "AppCDS archive successfully created") and the archive's size.
#   bench/appcds-build.sh [maven args...]      e.g. bench/appcds-build.sh -o -Dmaven.repo.local=/path/to/m2
# Leaves the services built with their archives (as ./ipaccord up builds them).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT
STAMP=(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

build() { # name extra-args... -> seconds on stdout
  local name=$1 t0 t1; shift
  t0=$(date +%s.%N)
  (cd "$ROOT" && ./mvnw -B -ntp -DskipTests package "${STAMP[@]}" "$@") >"$LOG/$name.log" 2>&1 ||
    { echo "build $name failed (log: kept in $LOG/$name.log)" >&2; trap - EXIT; exit 1; }
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}

plain=$(build plain "$@")
appcds=$(build appcds -Dquarkus.package.jar.appcds.enabled=true "$@")
echo "| build | wall s |"
echo "|---|---|"
echo "| ./mvnw -B -ntp -DskipTests package | $plain |"
echo "| the same with -Dquarkus.package.jar.appcds.enabled=true | $appcds |"
echo "| difference | $(awk -v a="$plain" -v b="$appcds" 'BEGIN { printf "%+.1f", b - a }') |"
echo
echo "| service | archive step s | app-cds.jsa MB |"
echo "|---|---|---|"
# The step's two log lines carry the time of day; the module is the one whose "Building ipaccord :: <name>" came last.
awk '
  function secs(t,  p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
  / Building ipaccord :: / { module = $0; sub(/.*Building ipaccord :: /, "", module); sub(/ .*/, "", module) }
  /Launching AppCDS creation process/ { start = secs($1) }
  /AppCDS archive successfully created/ { printf "%s %.1f\n", module, secs($1) - start }
' "$LOG/appcds.log" | while read -r module seconds; do
  size=$(du -m "$ROOT/$module/target/quarkus-app/app-cds.jsa" | cut -f1)
  echo "| $module | $seconds | $size |"
done
