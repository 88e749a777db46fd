-- One database per service; each service creates its own tables in it
-- (Camunda's scripts for workflow, Flyway for casework and kpi).
CREATE DATABASE caseflow_workflow;
CREATE DATABASE caseflow_casework;
CREATE DATABASE caseflow_kpi;
