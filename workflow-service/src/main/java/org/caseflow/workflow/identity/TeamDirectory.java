package org.caseflow.workflow.identity;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.stereotype.Component;

/**
 * Who is in which team, for checks and choices inside a journey. It reads the directory as the
 * journey, not as the person at the keyboard: a manager allocating work may not be allowed to
 * browse the directory, but the journey must still know the team's social workers.
 */
@Component("teamDirectory")
public class TeamDirectory {

    /** The directory's group type for teams that take referrals (set from {@code caseflow.directory.assessment-teams}). */
    public static final String ASSESSMENT_TEAM = "assessment-team";
    /** The directory's group type for teams that hold looked-after children's cases (from {@code caseflow.directory.care-teams}). */
    public static final String CARE_TEAM = "care-team";

    private final IdentityService identityService;

    TeamDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The social workers of a team, by name. */
    public List<User> socialWorkersOf(String team) {
        return asTheJourney(() -> identityService.createUserQuery().memberOfGroup(team).orderByUserLastName().asc().list()
                .stream()
                .filter(user -> isMember(user.getId(), CaseflowGroups.SOCIAL_WORKERS))
                .toList());
    }

    public boolean isSocialWorkerIn(String userId, String team) {
        return asTheJourney(() -> isMember(userId, team) && isMember(userId, CaseflowGroups.SOCIAL_WORKERS));
    }

    /** Whether someone is in a group (a team or a role). */
    public boolean isMemberOf(String userId, String groupId) {
        return asTheJourney(() -> isMember(userId, groupId));
    }

    /** The members of a group, by name. */
    public List<User> membersOf(String groupId) {
        return asTheJourney(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc().list());
    }

    /** The team of a social worker: the first of their groups that has managers. */
    public java.util.Optional<String> teamOfSocialWorker(String userId) {
        return asTheJourney(() -> {
            if (!isMember(userId, CaseflowGroups.SOCIAL_WORKERS)) {
                return java.util.Optional.<String>empty();
            }
            return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                    .filter(group -> !group.equals(CaseflowGroups.SOCIAL_WORKERS))
                    .filter(group -> identityService.createGroupQuery().groupId(CaseflowGroups.managersOf(group)).count() == 1)
                    .findFirst();
        });
    }

    /** A team that takes referrals for assessment: configured as one, and with managers to allocate its work. */
    public boolean isAssessmentTeam(String groupId) {
        return asTheJourney(() -> identityService.createGroupQuery().groupId(groupId).groupType(ASSESSMENT_TEAM).count() == 1
                && identityService.createGroupQuery().groupId(CaseflowGroups.managersOf(groupId)).count() == 1);
    }

    /**
     * A person as colleagues know them, "Sam Patel (cic.asye)", for the names of the tasks about
     * them (their supervision); just their user id if the directory has no name for them.
     */
    public String nameOf(String userId) {
        User user = asTheJourney(() -> identityService.createUserQuery().userId(userId).singleResult());
        String name = user == null ? "" : (Objects.toString(user.getFirstName(), "") + " "
                + Objects.toString(user.getLastName(), "")).trim();
        return name.isEmpty() ? userId : name + " (" + userId + ")";
    }

    /** The teams that take referrals for assessment, by name. */
    public List<Group> assessmentTeams() {
        return managedTeamsOfType(ASSESSMENT_TEAM);
    }

    /** The teams that hold looked-after children's cases, by name. */
    public List<Group> careTeams() {
        return managedTeamsOfType(CARE_TEAM);
    }

    public boolean isCareTeam(String groupId) {
        return careTeams().stream().anyMatch(team -> team.getId().equals(groupId));
    }

    private List<Group> managedTeamsOfType(String type) {
        return asTheJourney(() -> identityService.createGroupQuery().groupType(type).orderByGroupName().asc().list()
                .stream()
                .filter(team -> identityService.createGroupQuery().groupId(CaseflowGroups.managersOf(team.getId())).count() == 1)
                .toList());
    }

    private boolean isMember(String userId, String groupId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 1;
    }

    /** Called by the journeys' listeners, inside the engine's command. */
    private static <T> T asTheJourney(Callable<T> query) {
        return Context.getCommandContext().runWithoutAuthorization(query);
    }
}
