#!/usr/bin/env bash
# The fault suite (gateway FaultSuiteIT), longer and heavier than in ./mvnw verify: Kafka down for
# IPACCORD_SOAK_KAFKA_DOWN (default PT5M) while IPACCORD_SOAK_WRITES (default 10000) member-state updates go through
# the gateway, then every other fault (events delivered twice, treaty-service's PostgreSQL restarted under load, a
# slow backend and its circuit, a gateway shut down under load). Prints the test report's figures.
#
#   bench/fault-soak.sh                    # 10,000 writes over a 5-minute Kafka outage
#   IPACCORD_SOAK_WRITES=3000 IPACCORD_SOAK_KAFKA_DOWN=PT1M bench/fault-soak.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
writes=${IPACCORD_SOAK_WRITES:-10000}
down=${IPACCORD_SOAK_KAFKA_DOWN:-PT5M}
./mvnw -B -ntp install -DskipTests -pl gateway -am
./mvnw -B -ntp verify -pl gateway -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FaultSuiteIT \
  -Dipaccord.fault.writes="$writes" -Dipaccord.fault.kafka-down="$down"
report=gateway/target/failsafe-reports/TEST-io.ipaccord.gateway.fault.FaultSuiteIT.xml
echo "fault soak: $writes writes over a $down Kafka outage"
grep -o '<testcase name="[^"]*" classname="[^"]*" time="[^"]*"' "$report" | sed -E 's/<testcase name="([^"]*)".* time="([^"]*)"/  \1: \2 s/'
