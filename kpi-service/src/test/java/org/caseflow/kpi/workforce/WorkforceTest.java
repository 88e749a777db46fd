package org.caseflow.kpi.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.kpi.workforce.rules.CaseHoldingWorker;
import org.caseflow.support.directory.Directory;
import org.caseflow.support.directory.Directory.Person;
import org.caseflow.support.directory.Employment;
import org.caseflow.support.directory.Service;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The workforce as the directory describes it: case holders, their ASYE on a day, their team and service. */
class WorkforceTest {

    private static final LocalDate ASYE_START = LocalDate.of(2023, 3, 1);

    private final Workforce workforce = new Workforce(new Directory(
            Map.of("team-north", "Assessment Team North", "team-north-managers", "Assessment Team North managers",
                    "social-workers", "Social workers"),
            List.of("team-north"), List.of(),
            Map.of("nq.worker", new Person("Nia Quinn", "Social worker", List.of("social-workers", "team-north"),
                            Service.ASSESSMENT_AND_SAFEGUARDING, true, ASYE_START, Employment.AGENCY, new BigDecimal("0.5")),
                    "north.manager", new Person("Priya Shah", "Team manager", List.of("team-north", "team-north-managers"),
                            Service.ASSESSMENT_AND_SAFEGUARDING, false, null, null, null))));

    @Test
    void onlyCaseHoldersCountWithTheirAsyeOnTheDay() {
        assertThat(workforce.caseHoldersOn(ASYE_START)).containsExactly(new CaseHoldingWorker("nq.worker", new BigDecimal("0.5"), false, true));
        assertThat(workforce.caseHoldersOn(ASYE_START.minusDays(1))).extracting(CaseHoldingWorker::inAsye).as("the day before it starts")
                .containsExactly(false);
        // a year from 1 March 2023: in it on 29 February 2024, out of it on 1 March 2024
        assertThat(workforce.caseHoldersOn(LocalDate.of(2024, 2, 29))).extracting(CaseHoldingWorker::inAsye).containsExactly(true);
        assertThat(workforce.caseHoldersOn(LocalDate.of(2024, 3, 1))).extracting(CaseHoldingWorker::inAsye).containsExactly(false);
    }

    @Test
    void aWorkersTeamIsTheGroupWithManagersOfItsOwn() {
        assertThat(workforce.teamOf("nq.worker")).contains("team-north");
        assertThat(workforce.nameOf("team-north")).isEqualTo("Assessment Team North");
        assertThat(workforce.serviceOf("nq.worker")).contains(Service.ASSESSMENT_AND_SAFEGUARDING);
        assertThat(workforce.serviceOf("left.worker")).isEmpty();
        assertThat(workforce.teamOf("left.worker")).isEmpty();
    }

    @Test
    void withNoDirectoryConfiguredTheServiceStartsWithNoOneToCount() {
        new ApplicationContextRunner().withUserConfiguration(WorkforceDirectory.class, Workforce.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Workforce.class).caseHoldersOn(LocalDate.of(2026, 1, 31))).isEmpty();
        });
    }
}
