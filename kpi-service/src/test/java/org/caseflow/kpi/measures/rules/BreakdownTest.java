package org.caseflow.kpi.measures.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A measure's breakdown shows every category in its order, those with none too: docs/statutory-rules.md section 5. */
class BreakdownTest {

    @Test
    void everyCategoryIsShownInItsOrder() {
        assertThat(Breakdown.byEnum(List.of("Sat", "Mon", "Sat"), day -> day.equals("Mon") ? DayOfWeek.MONDAY : DayOfWeek.SATURDAY,
                DayOfWeek.class)).containsExactly(Map.entry("MONDAY", 1L), Map.entry("TUESDAY", 0L), Map.entry("WEDNESDAY", 0L),
                Map.entry("THURSDAY", 0L), Map.entry("FRIDAY", 0L), Map.entry("SATURDAY", 2L), Map.entry("SUNDAY", 0L));
        assertThat(Breakdown.of(List.<String>of(), day -> day, List.of("early", "late"), name -> name))
                .containsExactly(Map.entry("early", 0L), Map.entry("late", 0L));
    }

    @Test
    void somethingInNoCategoryIsAMistake() {
        assertThatThrownBy(() -> Breakdown.of(List.of("never"), day -> day, List.of("early", "late"), name -> name))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
