# One recipe for the five images (four services and the demo identity provider); docker compose passes SERVICE=<module>.
# The build stage is the same for every service, so it is built once and cached.
FROM eclipse-temurin:17-jdk AS build
# "production" leaves every demo package and the demo directory out of the jars; the demo identity
# provider, and a whole demo (CASEFLOW_BUILD_PROFILES empty), are built without it
ARG MAVEN_PROFILES=production
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -q -B -Dmaven.test.skip=true ${MAVEN_PROFILES:+-P$MAVEN_PROFILES} package

FROM eclipse-temurin:17-jre
ARG SERVICE
# curl answers the compose health check
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 caseflow
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*-exec.jar /app/app.jar
USER caseflow
# Camunda stores due dates without a zone: every JVM runs in the zone business dates are in
ENV TZ=Europe/London \
    JAVA_TOOL_OPTIONS="-Duser.timezone=Europe/London -XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
