package org.caseflow.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseflowGroupsTest {

    @Test
    void aTeamsManagersGroupNamesTheTeam() {
        assertThat(CaseflowGroups.managersOf("team-north")).isEqualTo("team-north-managers");
        assertThat(CaseflowGroups.teamManagedBy("team-north-managers")).contains("team-north");
        assertThat(CaseflowGroups.teamManagedBy("front-door-managers")).contains("front-door");
    }

    @Test
    void theRoleGroupAndTeamsThemselvesManageNoTeam() {
        assertThat(CaseflowGroups.teamManagedBy(CaseflowGroups.TEAM_MANAGERS)).isEmpty();
        assertThat(CaseflowGroups.teamManagedBy("team-north")).isEmpty();
        assertThat(CaseflowGroups.teamManagedBy("-managers")).as("no team name at all").isEmpty();
    }
}
