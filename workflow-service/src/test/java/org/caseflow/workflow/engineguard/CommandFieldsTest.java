package org.caseflow.workflow.engineguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

/**
 * The guard reads each judged command's arguments from its fields: an engine upgrade that renames
 * one fails here (and the guard refuses the command rather than let it through unread).
 */
class CommandFieldsTest {

    private static final Map<String, Object> VARIABLES = Map.of("contactOutcome", "REFERRAL");

    @Test
    void taskCommandsNameTheirTaskAndValues() {
        assertThat((String) CommandFields.read(new CompleteTaskCmd("task-1", VARIABLES), "taskId")).isEqualTo("task-1");
        assertThat((Map<?, ?>) CommandFields.read(new CompleteTaskCmd("task-1", VARIABLES), "variables")).isEqualTo(VARIABLES);
        Map<String, Object> submitted = CommandFields.read(new SubmitTaskFormCmd("task-2", VARIABLES, false, false), "properties");
        assertThat(submitted).containsEntry("contactOutcome", "REFERRAL");
        assertThat((String) CommandFields.read(new SubmitTaskFormCmd("task-2", VARIABLES, false, false), "taskId")).isEqualTo("task-2");
        assertThat((String) CommandFields.read(new ClaimTaskCmd("task-3", "north.worker"), "userId")).isEqualTo("north.worker");
        assertThat((String) CommandFields.read(new AssignTaskCmd("task-4", null), "taskId")).isEqualTo("task-4");
        assertThat((String) CommandFields.read(new AssignTaskCmd("task-4", "north.worker"), "userId")).isEqualTo("north.worker");
    }

    @Test
    void startCommandsNameTheirJourneyKeyAndValues() {
        SubmitStartFormCmd submitted = new SubmitStartFormCmd("front-door:1:x", "CON-1", VARIABLES);
        assertThat((String) CommandFields.read(submitted, "processDefinitionId")).isEqualTo("front-door:1:x");
        assertThat((String) CommandFields.read(submitted, "businessKey")).isEqualTo("CON-1");
        Map<String, Object> variables = CommandFields.read(submitted, "variables");
        assertThat(variables).containsEntry("contactOutcome", "REFERRAL");

        ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
                .createProcessInstanceByKey(null, "front-door");
        ProcessInstantiationBuilderImpl read = CommandFields.read(new StartProcessInstanceCmd(builder), "instantiationBuilder");
        assertThat(read.getProcessDefinitionKey()).isEqualTo("front-door");
    }

    @Test
    void aFieldThatIsNotThereRefusesTheCommand() {
        assertThatThrownBy(() -> CommandFields.read(new ClaimTaskCmd("task", "someone"), "assignee"))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("ClaimTaskCmd.assignee");
    }
}
