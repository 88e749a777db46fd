#!/usr/bin/env bash
# The run command. Builds what it needs, starts PostgreSQL (embedded, data and its password kept in .caseflow/)
# the identity provider and the four services with demo users, prints the URLs; Ctrl-C stops everything.
# Everything listens on 127.0.0.1 only.
#   ./run.sh            start
#   ./run.sh --reset    start from empty databases
#   ./run.sh --demo-scale=council   also a year of a simulated council in the KPI database (once), for a real-looking report
#   CASEFLOW_BIND_ADDRESS=0.0.0.0 ./run.sh   listen on every interface: the demo passwords are public, so trusted networks only
set -euo pipefail
cd "$(dirname "$0")"

modules=local-stack,workflow-service,casework-service,kpi-service,gateway,identity-provider
# the simulated council is written by the benchmark harness's simulator
for option in "$@"; do
  if [ "$option" = "--demo-scale=council" ]; then modules="$modules,bench"; fi
done
echo "Building the services (tests are skipped here; ./mvnw verify runs them) …"
./mvnw -q -B -Dmaven.test.skip=true package -pl "$modules" -am

java_cmd=java
if [ -n "${JAVA_HOME:-}" ]; then java_cmd="$JAVA_HOME/bin/java"; fi
exec "$java_cmd" -jar local-stack/target/local-stack-*-exec.jar "$@"
