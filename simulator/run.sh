#!/usr/bin/env bash
# The synthetic council on the command line: builds the simulator (tests skipped), then runs it with the options given.
#   simulator/run.sh --population=33100 --seed=1 --from=2025-11 --to=2026-10     month by month, as a Markdown table
#   simulator/run.sh --referrals-per-year=20000 --steps > steps.jsonl            every step, as a line of JSON
#   simulator/run.sh --england --from=2026-10 --to=2026-10                       England as one council
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -Dmaven.test.skip=true package dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt \
    -Dmdep.includeScope=runtime -pl simulator -am >&2

java_cmd=java
if [ -n "${JAVA_HOME:-}" ]; then java_cmd="$JAVA_HOME/bin/java"; fi
exec "$java_cmd" -Duser.timezone=Europe/London -cp "simulator/target/classes:$(cat simulator/target/runtime-classpath.txt)" \
    org.caseflow.simulator.SimulatorMain "$@"
