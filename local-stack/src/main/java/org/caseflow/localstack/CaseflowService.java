package org.caseflow.localstack;

/** The services, their default ports, and the database each one owns. */
public enum CaseflowService {

    WORKFLOW("workflow-service", 8081, "caseflow_workflow"),
    CASEWORK("casework-service", 8082, "caseflow_casework"),
    KPI("kpi-service", 8083, "caseflow_kpi"),
    GATEWAY("gateway", 8080, null),
    /** For the local run and demos: production uses the council's identity provider. */
    IDENTITY_PROVIDER("identity-provider", 9000, null);

    private final String module;
    private final int defaultPort;
    private final String databaseName;

    CaseflowService(String module, int defaultPort, String databaseName) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.databaseName = databaseName;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean ownsDatabase() {
        return databaseName != null;
    }

    /** The database's name in the local run and in docker-compose. */
    public String databaseName() {
        return databaseName;
    }
}
