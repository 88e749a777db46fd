package org.caseflow.workflow.engineguard;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of the engine's commands only read. Everything a person does through Camunda's REST API or
 * the webapps becomes one of the engine's commands; those that read are named for it
 * ({@code GetTaskFormCmd}, {@code TaskQueryImpl}, {@code ExecuteFilterListCmd} …). What reads is
 * still subject to Camunda's authorizations; what is not a read is refused unless the guard has a
 * rule for it.
 */
final class EngineCommands {

    private static final String ENGINE_PACKAGE = "org.camunda.bpm.engine.impl.";
    private static final Pattern READ = Pattern.compile(
            "(Get|Is|Find)\\w*Cmd(Typed)?|Create\\w*QueryCmd|ExecuteFilter\\w*Cmd|AuthorizationCheckCmd|\\w+QueryImpl|\\w+ReportImpl");
    /** Named like reads, but write: an id block reserved, a job executed. */
    private static final Set<String> NOT_READS = Set.of("GetNextIdBlockCmd", "FindHistoryCleanupJobsCmd");
    /** Counts across every journey and team, by activity or team: for managers and administrators (Cockpit). */
    private static final Pattern STATISTICS = Pattern.compile("\\w*StatisticsQueryImpl|TaskCountByCandidateGroupCmd");
    /** Queries and reports run their selects as commands nested inside them ({@code MetricsQueryImpl$MetricsQuerySumCmd}). */
    private static final Pattern QUERY_OR_REPORT = Pattern.compile("\\w+(QueryImpl|ReportImpl)");
    /**
     * What administrators do to keep journeys running: suspend and resume them, and retry failed
     * jobs. They change no journey's data and skip no step.
     */
    private static final Set<String> OPERATIONS = Set.of(
            "SetJobRetriesCmd", "SetJobsRetriesBatchCmd", "SetJobsRetriesByProcessBatchCmd",
            "SuspendProcessDefinitionCmd", "ActivateProcessDefinitionCmd",
            "SuspendProcessInstanceCmd", "ActivateProcessInstanceCmd",
            "UpdateProcessInstancesSuspendStateCmd", "UpdateProcessInstancesSuspendStateBatchCmd",
            "SuspendJobDefinitionCmd", "ActivateJobDefinitionCmd", "SuspendJobCmd", "ActivateJobCmd");

    private EngineCommands() {
    }

    static boolean isRead(Class<?> command) {
        return isEngines(command) && !NOT_READS.contains(command.getSimpleName()) && !isStatistics(command)
                && (READ.matcher(command.getSimpleName()).matches() || isInsideAQueryOrReport(command));
    }

    private static boolean isInsideAQueryOrReport(Class<?> command) {
        Class<?> outer = command.getEnclosingClass();
        return outer != null && QUERY_OR_REPORT.matcher(outer.getSimpleName()).matches();
    }

    static boolean isStatistics(Class<?> command) {
        return isEngines(command) && STATISTICS.matcher(command.getSimpleName()).matches();
    }

    static boolean isOperation(Class<?> command) {
        return isEngines(command) && OPERATIONS.contains(command.getSimpleName());
    }

    private static boolean isEngines(Class<?> command) {
        return command.getName().startsWith(ENGINE_PACKAGE);
    }
}
