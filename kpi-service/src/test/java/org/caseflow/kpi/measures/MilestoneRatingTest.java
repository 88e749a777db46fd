package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.caseflow.kpi.catalogue.MeasureDefinition;
import org.caseflow.kpi.catalogue.MeasureDefinition.Milestone;
import org.caseflow.kpi.catalogue.MeasureDefinition.Polarity;
import org.caseflow.kpi.catalogue.MeasureDefinition.RatedAgainst;
import org.caseflow.kpi.catalogue.MeasureDefinition.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The rows the reference report rates against its milestones, with its June 2023 figures and ratings: all open
 * cases 1,966 amber (September 1,839, March 1,756), children entering care 42 amber (60, 120), children ceasing
 * care 58 green (90, 180).
 */
class MilestoneRatingTest {

    private static final LocalDate END_OF_JUNE_2023 = LocalDate.of(2023, 6, 30);

    @ParameterizedTest(name = "{0}: {3} by the end of June 2023 is {6} against {5}")
    @CsvSource({
            "all open cases,          LOW_GOOD,  SNAPSHOT,     1966, '1839,1756', 1839, AMBER",
            "children entering care,  LOW_GOOD,  YEAR_TO_DATE, 42,   '60,120',    30,   AMBER",
            "children ceasing care,   HIGH_GOOD, YEAR_TO_DATE, 58,   '90,180',    45,   GREEN",
            "fewer entering than due, LOW_GOOD,  YEAR_TO_DATE, 30,   '60,120',    30,   GREEN"})
    void ratedAsTheReportRatesThem(String measure, Polarity polarity, MeasureValue.Basis basis, long count, String milestones,
            BigDecimal expectedTarget, RagRating expected) {
        String[] targets = milestones.split(",");
        MeasureDefinition definition = new MeasureDefinition("m", "B", measure, Unit.COUNT, polarity, null, null, null, "definition",
                List.of(new Milestone(YearMonth.of(2023, 9), new BigDecimal(targets[0])),
                        new Milestone(YearMonth.of(2024, 3), new BigDecimal(targets[1]))),
                RatedAgainst.MILESTONES);
        MeasureValue value = MeasureValue.count(count, new MeasureValue.Period(LocalDate.of(2023, 4, 1), END_OF_JUNE_2023, basis));

        RatingTarget target = RatingTarget.forValue(definition, value, END_OF_JUNE_2023);

        assertThat(target.ratedAgainst()).isEqualTo(RatedAgainst.MILESTONES);
        assertThat(target.shown()).isEqualByComparingTo(expectedTarget);
        assertThat(target.rate(definition, value.exact())).isEqualTo(expected);
    }

    @Test
    void aMeasureRatedAgainstItsTargetIgnoresItsMilestones() {
        MeasureDefinition cpCount = new MeasureDefinition("cp-count", "A", "CP", Unit.COUNT, Polarity.CLOSE_TO_TARGET,
                BigDecimal.valueOf(275), BigDecimal.valueOf(250), BigDecimal.valueOf(300), "definition",
                List.of(new Milestone(YearMonth.of(2023, 9), BigDecimal.valueOf(321))));
        MeasureValue value = MeasureValue.count(321, new MeasureValue.Period(END_OF_JUNE_2023, END_OF_JUNE_2023, MeasureValue.Basis.SNAPSHOT));

        RatingTarget target = RatingTarget.forValue(cpCount, value, END_OF_JUNE_2023);

        assertThat(target.ratedAgainst()).isEqualTo(RatedAgainst.TARGET);
        assertThat(target.rate(cpCount, value.exact())).isEqualTo(RagRating.RED);
    }
}
