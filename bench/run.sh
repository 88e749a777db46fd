#!/usr/bin/env bash
# The benchmark: builds the services and the harness (tests skipped), then measures what it can of the goals P1-P4 on
# this machine and prints the results as Markdown and JSON; writes them to bench/RESULTS.md. The datasets it fills
# (in bench/target/postgres) are kept for the next run; delete bench/target/postgres to fill them again.
#   bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the services and the benchmark (tests are skipped here; ./mvnw verify runs them) …"
./mvnw -q -B -Dmaven.test.skip=true package \
    -pl bench,local-stack,workflow-service,casework-service,kpi-service,gateway,identity-provider -am

java_cmd=java
if [ -n "${JAVA_HOME:-}" ]; then java_cmd="$JAVA_HOME/bin/java"; fi
# the KPI service runs inside the benchmark's JVM, with the JVM's own defaults for compiling and collecting
exec "$java_cmd" -Xmx3g -Duser.timezone=Europe/London -jar bench/target/bench-*-exec.jar "$@"
