package org.caseflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class StartPageTest {

    @Test
    void practitionersManagersAndAdministratorsLandInTasklist() {
        assertThat(StartPage.landingFor(groups("team-north", "social-workers"))).hasPath("/camunda/app/tasklist/");
        assertThat(StartPage.landingFor(groups("team-north", "team-managers"))).hasPath("/camunda/app/tasklist/");
        assertThat(StartPage.landingFor(groups("camunda-admin"))).hasPath("/camunda/app/tasklist/");
    }

    @Test
    void aPerformanceOfficerLandsOnLastMonthsMeasures() {
        String lastMonth = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1).toString();

        assertThat(StartPage.landingFor(groups("performance-officers")))
                .hasPath("/api/kpi/measures").hasQuery("month=" + lastMonth);
    }

    @Test
    void aManagerWhoAlsoReportsStillLandsOnTheirWork() {
        assertThat(StartPage.landingFor(groups("team-managers", "performance-officers"))).hasPath("/camunda/app/tasklist/");
    }

    @Test
    void someoneInNoCaseflowGroupIsSentToTasklistWhichRefusesThem() {
        assertThat(StartPage.landingFor(groups("team-north"))).hasPath("/camunda/app/tasklist/");
    }

    private static List<SimpleGrantedAuthority> groups(String... groupIds) {
        return Arrays.stream(groupIds).map(id -> new SimpleGrantedAuthority("GROUP_" + id)).toList();
    }
}
