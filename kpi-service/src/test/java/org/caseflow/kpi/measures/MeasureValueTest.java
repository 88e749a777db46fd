package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A count broken down into categories ({@code breakdown}, docs/statutory-rules.md section 5). */
class MeasureValueTest {

    private static final MeasureValue.Period AT_THE_YEAR_END =
            new MeasureValue.Period(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 31), MeasureValue.Basis.SNAPSHOT);

    @Test
    void aBreakdownKeepsItsOrderAndAddsUpToTheCount() {
        Map<String, Long> byProvider = new LinkedHashMap<>();
        byProvider.put("PR1", 2L);
        byProvider.put("PR0", 0L);
        byProvider.put("PR4", 1L);

        MeasureValue value = MeasureValue.countByCategory(3, byProvider, AT_THE_YEAR_END);

        assertThat(value.numerator()).isEqualTo(3);
        assertThat(value.value()).isEqualByComparingTo("3");
        assertThat(value.breakdown()).containsExactly(Map.entry("PR1", 2L), Map.entry("PR0", 0L), Map.entry("PR4", 1L));
        assertThat(MeasureValue.count(3, AT_THE_YEAR_END).breakdown()).as("a measure not broken down").isNull();
    }

    @Test
    void anAverageSharesTheTotalOverWhatNeedNotBeAWholeNumberToOneDecimalPlace() {
        // 8 children over 6.4 full-time workers: 1.25, half up
        MeasureValue average = MeasureValue.average(8, new BigDecimal("6.4"), AT_THE_YEAR_END);

        assertThat(average.value()).isEqualByComparingTo("1.3");
        assertThat(average.numerator()).isEqualTo(8);
        assertThat(average.denominator()).isEqualByComparingTo("6.4");
        assertThat(MeasureValue.average(3, BigDecimal.ZERO, AT_THE_YEAR_END).value()).as("no one to share it over").isNull();
    }

    @Test
    void aBreakdownThatDoesNotAddUpIsAMistake() {
        assertThatThrownBy(() -> MeasureValue.countByCategory(4, Map.of("PR1", 3L), AT_THE_YEAR_END))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
