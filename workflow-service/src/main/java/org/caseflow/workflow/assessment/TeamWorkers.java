package org.caseflow.workflow.assessment;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.workflow.identity.TeamDirectory;
import org.springframework.stereotype.Component;

/**
 * Offers the team's social workers as the choices of the allocation form: the form's select reads
 * its options from the task variable {@code teamWorkers} (form-js {@code valuesKey}).
 */
@Component("teamWorkers")
public class TeamWorkers {

    static final String VARIABLE = "teamWorkers";

    private final TeamDirectory teams;

    TeamWorkers(TeamDirectory teams) {
        this.teams = teams;
    }

    public void offer(DelegateTask task) {
        String team = String.valueOf(task.getVariable(JourneyData.ASSESSMENT_TEAM));
        List<Map<String, String>> choices = teams.socialWorkersOf(team).stream()
                .map(user -> Map.of("label", user.getFirstName() + " " + user.getLastName() + " (" + user.getId() + ")",
                        "value", user.getId()))
                .toList();
        task.setVariableLocal(VARIABLE, Variables.objectValue(choices)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
