package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.caseflow.kpi.catalogue.MeasureDefinition;
import org.caseflow.kpi.catalogue.MeasureDefinition.Polarity;
import org.caseflow.kpi.catalogue.MeasureDefinition.Unit;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rating rule of the council's report, checked against the ratings it printed (June 2023). */
class RagRatingTest {

    @ParameterizedTest(name = "{0}: {1} against target {3} ({2}, band {4}-{5}) is {6}")
    @CsvSource(nullValues = "-", value = {
            "children in need,          807,  CLOSE_TO_TARGET, 800, 720, 880, AMBER",
            "children on a CP plan,     321,  CLOSE_TO_TARGET, 275, 250, 300, RED",
            "on target exactly,         275,  CLOSE_TO_TARGET, 275, 250, 300, GREEN",
            "referral rate,             667,  LOW_GOOD,        672, -,   -,   GREEN",
            "ASYE caseload,             14,   LOW_GOOD,        15,  -,   -,   GREEN",
            "assessments in 45 WD,      86,   HIGH_GOOD,       85,  75,  -,   GREEN",
            "CIN visits on target,      90,   HIGH_GOOD,       90,  85,  -,   GREEN",
            "supervisions,              89,   HIGH_GOOD,       90,  85,  -,   AMBER",
            "supervisions at the floor, 85,   HIGH_GOOD,       90,  85,  -,   AMBER",
            "supervisions below,        84,   HIGH_GOOD,       90,  85,  -,   RED",
            "re-referrals,              36,   LOW_GOOD,        25,  -,   28,  RED",
            "re-referrals in band,      27,   LOW_GOOD,        25,  -,   28,  AMBER",
            "off target without a band, 64,   HIGH_GOOD,       95,  -,   -,   AMBER",
            "rounds half up to target,  84.5, HIGH_GOOD,       85,  75,  -,   GREEN",
            "just below when shown,     84.4, HIGH_GOOD,       85,  75,  -,   AMBER"})
    void ratesAsTheReportDoes(String measure, BigDecimal value, Polarity polarity, BigDecimal target, BigDecimal lower,
            BigDecimal upper, RagRating expected) {
        assertThat(RagRating.of(definition(polarity, target, lower, upper), value)).isEqualTo(expected);
    }

    /**
     * The double rounding an independent check found: 1,689 of 2,000 is 84.45%, kept as 84.5 to one decimal place;
     * rounding that again gave 85, green against 85. Rounded once from the fraction it is 84: amber. The direction of
     * travel from 84.6% (85 shown) is judged the same way: down, worse.
     */
    @Test
    void aShareIsRatedAtTheWholeNumberOfItsExactFractionNotOfItsRoundedValue() {
        MeasureValue share = MeasureValue.percentage(1_689, 2_000, null);
        MeasureDefinition assessments = definition(Polarity.HIGH_GOOD, BigDecimal.valueOf(85), BigDecimal.valueOf(75), null);

        assertThat(share.value()).isEqualByComparingTo("84.5");
        assertThat(share.shown()).isEqualByComparingTo("84");
        assertThat(RagRating.of(assessments, share.exact())).isEqualTo(RagRating.AMBER);
        assertThat(RagRating.of(assessments, share.value())).as("what rating the rounded value would give").isEqualTo(RagRating.GREEN);
        MeasureValue lastMonth = MeasureValue.percentage(846, 1_000, null);
        assertThat(DirectionOfTravel.between(assessments, lastMonth.exact(), share.exact()))
                .isEqualTo(new DirectionOfTravel(DirectionOfTravel.Movement.DOWN, DirectionOfTravel.Judgement.WORSE));
    }

    @Test
    void aRateAndAnAverageAreRoundedOnceToo() {
        // 3 x 10,000 / 20,004 = 1.49970...: 1.5 to one place, but 1 whole, not 2
        MeasureValue rate = MeasureValue.ratePer10k(3, YearProjection.Factor.ONE, 20_004, null);
        // 29 children over 2 full-time workers = 14.5 exactly: 15, half up
        MeasureValue average = MeasureValue.average(29, BigDecimal.valueOf(2), null);

        assertThat(rate.value()).isEqualByComparingTo("1.5");
        assertThat(rate.shown()).isEqualByComparingTo("1");
        assertThat(average.shown()).isEqualByComparingTo("15");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "context only,      NONE,            -,   -",
            "no target set,     CLOSE_TO_TARGET, -,   800"})
    void aMeasureWithoutATargetHasNoRating(String why, Polarity polarity, BigDecimal target, BigDecimal lower) {
        assertThat(RagRating.of(definition(polarity, target, lower, null), BigDecimal.TEN)).isNull();
    }

    static MeasureDefinition definition(Polarity polarity, BigDecimal target, BigDecimal lower, BigDecimal upper) {
        return new MeasureDefinition("m", "A", "measure", Unit.PERCENT, polarity, target, lower, upper, "definition", null);
    }
}
