package org.caseflow.workflow.engineguard;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caseflow.support.security.CaseflowGroups;

/** Someone signed in, as the engine knows them for the command in hand. */
record Person(String userId, List<String> groups) {

    Person {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    static Person of(Authentication authentication) {
        return new Person(authentication.getUserId(), authentication.getGroupIds());
    }

    boolean isAdministrator() {
        return groups.contains(CaseflowGroups.ADMINISTRATORS);
    }

    boolean isTeamManager() {
        return groups.contains(CaseflowGroups.TEAM_MANAGERS);
    }

    boolean isIn(String group) {
        return groups.contains(group);
    }
}
