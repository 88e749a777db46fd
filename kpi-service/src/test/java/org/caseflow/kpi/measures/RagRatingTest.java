package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.caseflow.kpi.catalogue.MeasureDefinition;
import org.caseflow.kpi.catalogue.MeasureDefinition.Polarity;
import org.caseflow.kpi.catalogue.MeasureDefinition.Unit;
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
