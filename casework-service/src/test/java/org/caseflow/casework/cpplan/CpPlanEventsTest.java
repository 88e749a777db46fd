package org.caseflow.casework.cpplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.casework.cpplan.rules.PlanSequence.Place;
import org.junit.jupiter.api.Test;

class CpPlanEventsTest {

    @Test
    void ordinalsReadAsPeopleWriteThem() {
        assertThat(CpPlanEvents.ordinal(1)).isEqualTo("1st");
        assertThat(CpPlanEvents.ordinal(2)).isEqualTo("2nd");
        assertThat(CpPlanEvents.ordinal(3)).isEqualTo("3rd");
        assertThat(CpPlanEvents.ordinal(4)).isEqualTo("4th");
        assertThat(CpPlanEvents.ordinal(11)).isEqualTo("11th");
        assertThat(CpPlanEvents.ordinal(12)).isEqualTo("12th");
        assertThat(CpPlanEvents.ordinal(13)).isEqualTo("13th");
        assertThat(CpPlanEvents.ordinal(21)).isEqualTo("21st");
        assertThat(CpPlanEvents.ordinal(112)).isEqualTo("112th");
    }

    @Test
    void theChronologySaysWhetherAPlanIsARepeatAndHowLongAfterThePreviousOne() {
        assertThat(CpPlanEvents.placeInWords(new Place(1, null, false))).isEqualTo("It is the child's first child protection plan.");
        assertThat(CpPlanEvents.placeInWords(new Place(3, LocalDate.of(2021, 5, 4), false))).isEqualTo("It is the child's 3rd"
                + " child protection plan, a repeat plan: the previous plan ended on 2021-05-04, more than 2 years before.");
        assertThat(CpPlanEvents.placeInWords(new Place(2, null, null))).isEqualTo("It is the child's 2nd child protection plan,"
                + " a repeat plan: no end is recorded for the plan before it.");
    }
}
