package org.caseflow.workflow.engineguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Which of the engine's own commands count as reads: every command in the engine, not a sample. */
class EngineCommandsTest {

    /** Verbs of commands that change something; none of them may pass as a read. */
    private static final Pattern CHANGES = Pattern.compile(
            "(Set|Save|Delete|Update|Add|Remove|Submit|Complete|Start|Modify|Migrat|Restart|Correlate|Signal|Deploy|Redeploy"
                    + "|Suspend|Activate|Claim|Assign|Delegate|Resolve|Handle|Evaluate|Lock|Unlock|Extend|Fetch|Register|Unregister"
                    + "|Purge|Report|Telemetry|Recalculate|Create(?!\\w*Query)|Execute(?!Filter)|Check(?!Cmd)|Patch|Acquire|History|Unclaim"
                    + "|Close|Terminate|Reenable|Disable|Manual|StateTransition|Process|Transition|Activity|Job|Default|Abstract).*");

    private static List<Class<?>> commands;

    @BeforeAll
    static void everyCommandOfTheEngine() throws IOException, ClassNotFoundException {
        commands = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:org/camunda/bpm/engine/impl/**/*.class")) {
            String path = resource.getURL().toString();
            String name = path.substring(path.indexOf("org/camunda/bpm/engine/impl/")).replace(".class", "").replace('/', '.');
            try {
                Class<?> type = Class.forName(name, false, EngineCommandsTest.class.getClassLoader());
                if (Command.class.isAssignableFrom(type)) {
                    commands.add(type);
                }
            } catch (LinkageError optionalPart) {
                // the engine's Ant tasks and the like, whose libraries Caseflow does not carry: never run here
            }
        }
        assertThat(commands).as("the engine's commands were found").hasSizeGreaterThan(300);
    }

    @Test
    void nothingThatChangesPassesAsARead() {
        // queries and reports only select, whatever they select (a job, a deployment), and so do the
        // commands they run inside themselves: the rest must not be named for a change
        List<String> readsThatChange = commands.stream().filter(EngineCommands::isRead)
                .filter(type -> !type.getSimpleName().endsWith("QueryImpl"))
                .filter(type -> type.getEnclosingClass() == null || !type.getEnclosingClass().getSimpleName().matches("\\w+(QueryImpl|ReportImpl)"))
                .map(Class::getSimpleName)
                .filter(name -> CHANGES.matcher(name).matches()).toList();

        assertThat(readsThatChange).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cmd.SetTaskVariablesCmd", "cmd.SetExecutionVariablesCmd", "cmd.PatchExecutionVariablesCmd",
            "cmd.RemoveTaskVariablesCmd", "cmd.ModifyProcessInstanceCmd", "cmd.StartProcessInstanceAtActivitiesCmd",
            "cmd.DeployCmd", "cmd.CorrelateMessageCmd", "cmd.SignalEventReceivedCmd", "cmd.SaveUserCmd", "cmd.CheckPassword",
            "cmd.DeleteProcessInstanceCmd", "cmd.DeleteTaskCmd", "cmd.GetNextIdBlockCmd", "cmd.SaveFilterCmd",
            "cmd.SaveAuthorizationCmd", "cmd.SetJobDuedateCmd", "cmd.RestartProcessInstancesCmd", "cmd.AddCommentCmd",
            "cmd.CreateAttachmentCmd", "cmd.DelegateTaskCmd", "cmd.SetTaskOwnerCmd", "cmd.ResolveTaskCmd",
            "cmd.EvaluateStartConditionCmd", "cmd.DeleteHistoricProcessInstancesCmd", "migration.MigrateProcessInstanceCmd"})
    void commandsThatChangeAJourneyAreNotReads(String name) throws ClassNotFoundException {
        Class<?> command = Class.forName("org.camunda.bpm.engine.impl." + name);

        assertThat(EngineCommands.isRead(command)).isFalse();
        assertThat(EngineCommands.isOperation(command)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TaskQueryImpl", "ProcessDefinitionQueryImpl", "HistoricProcessInstanceQueryImpl",
            "cmd.GetTaskFormCmd", "cmd.GetTaskVariableCmdTyped", "cmd.GetTaskVariableCmd", "GetDeployedTaskFormCmd", "cmd.GetTaskFormVariablesCmd", "cmd.GetStartFormVariablesCmd",
            "cmd.GetDeployedStartFormCmd", "cmd.GetIdentityLinksForTaskCmd", "cmd.GetDeploymentResourceCmd",
            "cmd.GetDeploymentProcessModelCmd", "cmd.GetActivityInstanceCmd", "cmd.ExecuteFilterListPageCmd",
            "cmd.ExecuteFilterCountCmd", "cmd.GetFilterCmd", "cmd.CreateUserQueryCmd", "cmd.AuthorizationCheckCmd",
            "cmd.IsIdentityServiceReadOnlyCmd"})
    void whatTasklistAndCockpitReadAreReads(String name) throws ClassNotFoundException {
        assertThat(EngineCommands.isRead(Class.forName("org.camunda.bpm.engine.impl." + name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"metrics.MetricsQueryImpl$MetricsQuerySumCmd", "metrics.MetricsQueryImpl$MetricsQueryIntervalCmd",
            "HistoricProcessInstanceReportImpl$ExecuteDurationReportCmd", "HistoricTaskInstanceReportImpl$ExecuteDurationCmd",
            "ManagementServiceImpl$GetRegisteredDeploymentsCmd"})
    void whatQueriesAndReportsRunInsideThemAreReads(String name) throws ClassNotFoundException {
        assertThat(EngineCommands.isRead(Class.forName("org.camunda.bpm.engine.impl." + name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ManagementServiceImpl$DbSchemaUpgradeCmd", "jobexecutor.FailedJobListener$FailedJobListenerCmd",
            "persistence.deploy.DeploymentFailListener$DeleteDeploymentListenerCmd",
            "metrics.reporter.DbMetricsReporter$ReportDbMetricsValueCmd"})
    void theEnginesOwnInnerWorkIsNotARead(String name) throws ClassNotFoundException {
        assertThat(EngineCommands.isRead(Class.forName("org.camunda.bpm.engine.impl." + name))).isFalse();
    }

    @Test
    void countsByTeamAreStatisticsToo() throws ClassNotFoundException {
        assertThat(EngineCommands.isStatistics(Class.forName("org.camunda.bpm.engine.impl.TaskReportImpl$TaskCountByCandidateGroupCmd")))
                .isTrue();
    }

    @Test
    void statisticsAreTheirOwnKind() throws ClassNotFoundException {
        Class<?> statistics = Class.forName("org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl");

        assertThat(EngineCommands.isStatistics(statistics)).isTrue();
        assertThat(EngineCommands.isRead(statistics)).isFalse();
    }

    @Test
    void administratorsOperationsSuspendResumeAndRetryOnly() {
        List<String> operations = commands.stream().filter(EngineCommands::isOperation).map(Class::getSimpleName).toList();

        assertThat(operations).isNotEmpty().allMatch(name -> name.matches("(Suspend|Activate|UpdateProcessInstances|SetJob).*"));
    }

    @Test
    void aCommandOutsideTheEngineIsNeverARead() {
        Command<Object> ours = context -> null;

        assertThat(EngineCommands.isRead(ours.getClass())).isFalse();
    }
}
