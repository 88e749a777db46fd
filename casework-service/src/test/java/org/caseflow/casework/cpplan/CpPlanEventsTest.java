package org.caseflow.casework.cpplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.casework.cpplan.rules.PlanSequence.Place;
import org.junit.jupiter.api.Test;

class CpPlanEventsTest {

    @Test
    void theChronologySaysWhetherAPlanIsARepeatAndHowLongAfterThePreviousOne() {
        assertThat(CpPlanEvents.placeInWords(new Place(1, null, false))).isEqualTo("It is the child's first child protection plan.");
        assertThat(CpPlanEvents.placeInWords(new Place(3, LocalDate.of(2021, 5, 4), false))).isEqualTo("It is the child's 3rd"
                + " child protection plan, a repeat plan: the previous plan ended on 2021-05-04, more than 2 years before.");
        assertThat(CpPlanEvents.placeInWords(new Place(2, null, null))).isEqualTo("It is the child's 2nd child protection plan,"
                + " a repeat plan: no end is recorded for the plan before it.");
    }
}
