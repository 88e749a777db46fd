package org.caseflow.workflow.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caseflow.support.directory.Directory;
import org.caseflow.support.directory.Service;
import org.junit.jupiter.api.Test;

/** Who has a supervision journey: one rule, whichever service a worker is in. */
class SupervisionScheduleTest {

    @Test
    void everyCaseHoldingWorkerIsSupervisedWhateverTheirService() {
        assertThat(SupervisionSchedule.isSupervised(person(Service.ASSESSMENT_AND_SAFEGUARDING, true, "team-north", "social-workers")))
                .isTrue();
        assertThat(SupervisionSchedule.isSupervised(person(Service.CHILDREN_IN_CARE, true, "team-cic", "social-workers"))).isTrue();
    }

    @Test
    void aFosteringSocialWorkerIsSupervisedThoughTheyHoldNoChildsCase() {
        assertThat(SupervisionSchedule.isSupervised(person(Service.FOSTERING, false, "team-fostering", "social-workers"))).isTrue();
    }

    @Test
    void managersAndStaffWhoAreNotCaseHoldingSocialWorkersAreNot() {
        assertThat(SupervisionSchedule.isSupervised(person(Service.FOSTERING, false, "team-fostering", "team-fostering-managers",
                "team-managers"))).as("the fostering team's manager").isFalse();
        assertThat(SupervisionSchedule.isSupervised(person(Service.ASSESSMENT_AND_SAFEGUARDING, false, "front-door", "social-workers")))
                .as("a call handler of another service, holding no cases").isFalse();
        assertThat(SupervisionSchedule.isSupervised(person(Service.EARLY_HELP, false, "early-help"))).isFalse();
        assertThat(SupervisionSchedule.isSupervised(person(null, false, "performance-officers"))).isFalse();
    }

    private static Directory.Person person(Service service, boolean caseHolding, String... groups) {
        return new Directory.Person("Test Person", "Role", List.of(groups), service, caseHolding, null, null, null);
    }
}
