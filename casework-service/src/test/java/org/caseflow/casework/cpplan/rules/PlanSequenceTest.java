package org.caseflow.casework.cpplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.cpplan.rules.PlanSequence.Place;
import org.caseflow.casework.cpplan.rules.PlanSequence.Plan;
import org.junit.jupiter.api.Test;

class PlanSequenceTest {

    @Test
    void aChildsFirstPlanIsNoRepeat() {
        Place first = PlanSequence.of(List.of(new Plan("CPP-1", LocalDate.of(2026, 1, 26), null))).get("CPP-1");

        assertThat(first).isEqualTo(new Place(1, null, false));
        assertThat(first.repeat()).isFalse();
    }

    @Test
    void plansAreNumberedInTheOrderTheyStartedWhateverOrderTheyAreGiven() {
        Map<String, Place> places = PlanSequence.of(List.of(
                new Plan("CPP-C", LocalDate.of(2027, 3, 1), null),
                new Plan("CPP-A", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 9, 1)),
                new Plan("CPP-B", LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1))));

        assertThat(places.get("CPP-A").number()).isEqualTo(1);
        assertThat(places.get("CPP-B")).isEqualTo(new Place(2, LocalDate.of(2020, 9, 1), false));
        assertThat(places.get("CPP-C")).isEqualTo(new Place(3, LocalDate.of(2025, 3, 1), true));
    }

    @Test
    void aRepeatOnTheSameDateTwoYearsAfterThePreviousEndIsWithinAndTheDayAfterIsNot() {
        LocalDate ended = LocalDate.of(2024, 6, 14);

        assertThat(PlanSequence.withinTwoYears(ended, LocalDate.of(2026, 6, 14))).isTrue();
        assertThat(PlanSequence.withinTwoYears(ended, LocalDate.of(2026, 6, 15))).isFalse();
    }

    @Test
    void aPlanThatEndedOnTheTwentyNinthOfFebruaryReachesToTheTwentyEighthTwoYearsLater() {
        LocalDate ended = LocalDate.of(2024, 2, 29);

        assertThat(PlanSequence.withinTwoYears(ended, LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(PlanSequence.withinTwoYears(ended, LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void aRepeatWhosePreviousPlanHasNoRecordedEndSaysItCannotTell() {
        Map<String, Place> places = PlanSequence.of(List.of(
                new Plan("CPP-1", LocalDate.of(2025, 1, 6), null),
                new Plan("CPP-2", LocalDate.of(2026, 1, 6), null)));

        assertThat(places.get("CPP-2")).isEqualTo(new Place(2, null, null));
        assertThat(places.get("CPP-2").repeat()).isTrue();
    }

    @Test
    void twoPlansStartedTheSameDayAreOrderedByTheirIds() {
        Map<String, Place> places = PlanSequence.of(List.of(
                new Plan("CPP-2", LocalDate.of(2026, 1, 6), null),
                new Plan("CPP-1", LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 6))));

        assertThat(places.get("CPP-1").number()).isEqualTo(1);
        assertThat(places.get("CPP-2")).isEqualTo(new Place(2, LocalDate.of(2026, 1, 6), true));
    }
}
