#!/usr/bin/env bash
# The run command. Builds what it needs, starts PostgreSQL (embedded, data and its password kept in .caseflow/)
# the identity provider and the four services with demo users, prints the URLs; Ctrl-C stops everything.
# Everything listens on 127.0.0.1 only.
#   ./run.sh            start
#   ./run.sh --reset    start from empty databases
#   CASEFLOW_BIND_ADDRESS=0.0.0.0 ./run.sh   listen on every interface: the demo passwords are public, so trusted networks only
set -euo pipefail
cd "$(dirname "$0")"

echo "Building the services (tests are skipped here; ./mvnw verify runs them) …"
./mvnw -q -B -Dmaven.test.skip=true package -pl local-stack,workflow-service,casework-service,kpi-service,gateway,identity-provider -am

java_cmd=java
if [ -n "${JAVA_HOME:-}" ]; then java_cmd="$JAVA_HOME/bin/java"; fi
exec "$java_cmd" -jar local-stack/target/local-stack-*-exec.jar "$@"
