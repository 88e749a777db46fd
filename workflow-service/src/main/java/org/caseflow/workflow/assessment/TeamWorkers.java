package org.caseflow.workflow.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.workflow.identity.TeamDirectory;
import org.springframework.stereotype.Component;

/**
 * Offers the team's social workers as the choices of the allocation form: the form's select reads
 * its options from the task variable {@code teamWorkers} (form-js {@code valuesKey}). The list is
 * kept as Spin JSON, which Tasklist reads as it is and the engine never turns into Java objects
 * (deserialisation of object variables is refused).
 */
@Component("teamWorkers")
public class TeamWorkers {

    static final String VARIABLE = "teamWorkers";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        task.setVariableLocal(VARIABLE, SpinValues.jsonValue(asJson(choices)).create());
    }

    private static String asJson(List<Map<String, String>> choices) {
        try {
            return JSON.writeValueAsString(choices);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The team's social workers could not be written as JSON", e);
        }
    }
}
