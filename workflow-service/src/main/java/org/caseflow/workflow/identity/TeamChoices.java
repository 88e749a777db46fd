package org.caseflow.workflow.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.stereotype.Component;

/**
 * Offers the directory's teams and people as the choices of a form's select, as the task is
 * created: the select reads its options from a task variable (form-js {@code valuesKey}), so
 * forms name no team or person themselves. The lists are kept as Spin JSON, which Tasklist reads
 * as it is and the engine never turns into Java objects (deserialisation of object variables is
 * refused), and the journey rules accept only what was offered.
 */
@Component("teamChoices")
public class TeamChoices {

    /** {@code DecideOnContact}: the teams a referral may go to. */
    static final String ASSESSMENT_TEAMS = "assessmentTeams";
    /** {@code AllocateSocialWorker}: the social workers of the team the referral went to. */
    static final String TEAM_WORKERS = "teamWorkers";
    static final String CARE_TEAMS = "careTeams";
    static final String SUPERVISORS = "supervisors";
    /** {@code AcceptTransfer}: the Early Help practitioners who may lead a family's support. */
    static final String EARLY_HELP_PRACTITIONERS = "earlyHelpPractitioners";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TeamDirectory teams;

    TeamChoices(TeamDirectory teams) {
        this.teams = teams;
    }

    public void offerAssessmentTeams(DelegateTask task) {
        offer(task, ASSESSMENT_TEAMS, teams.assessmentTeams().stream()
                .map(team -> choice(team.getName(), team.getId())).toList());
    }

    /** {@code RecordEntryToCare} and the start form of a direct entry: the teams that hold looked-after children's cases. */
    public void offerCareTeams(DelegateTask task) {
        offer(task, CARE_TEAMS, teams.careTeams().stream().map(team -> choice(team.getName(), team.getId())).toList());
    }

    public void offerSocialWorkers(DelegateTask task) {
        String team = String.valueOf(task.getVariable(FrontDoorData.ASSESSMENT_TEAM));
        offer(task, TEAM_WORKERS, people(teams.socialWorkersOf(team)));
    }

    public void offerEarlyHelpPractitioners(DelegateTask task) {
        offer(task, EARLY_HELP_PRACTITIONERS, people(teams.membersOf(CaseflowGroups.EARLY_HELP)));
    }

    /** {@code RecordSupervision}: the managers of the supervised worker's team. */
    public void offerManagersOf(DelegateTask task, String team) {
        offer(task, SUPERVISORS, people(teams.membersOf(CaseflowGroups.managersOf(team))));
    }

    /** A person as a choice reads: their name, with their user id to tell namesakes apart. */
    private static List<Map<String, String>> people(List<User> users) {
        return users.stream().map(user -> choice(user.getFirstName() + " " + user.getLastName() + " (" + user.getId() + ")", user.getId()))
                .toList();
    }

    private static Map<String, String> choice(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    private static void offer(DelegateTask task, String variable, List<Map<String, String>> choices) {
        try {
            task.setVariableLocal(variable, SpinValues.jsonValue(JSON.writeValueAsString(choices)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The choices for " + variable + " could not be written as JSON", e);
        }
    }
}
