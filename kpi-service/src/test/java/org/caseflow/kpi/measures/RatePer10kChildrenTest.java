package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.kpi.measures.rules.YearProjection.Factor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rates per 10,000 children over the population estimates the service holds: the demo estimate of
 * 33,100 children for each mid-year from 2018 to 2030, and none before.
 */
@KpiIntegrationTest
class RatePer10kChildrenTest {

    private static final MeasureValue.Period PERIOD =
            new MeasureValue.Period(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), MeasureValue.Basis.SNAPSHOT);

    @Autowired
    RatePer10kChildren ratePer10kChildren;

    @Test
    void theRateIsPer10000ChildrenOfTheYearToOneDecimalPlace() {
        // 4 x 10,000 / 33,100 = 1.208...
        MeasureValue rate = ratePer10kChildren.of(4, Factor.ONE, new FinancialYear(2025), PERIOD);

        assertThat(rate.value()).isEqualTo(new BigDecimal("1.2"));
        assertThat(rate.numerator()).isEqualTo(4);
        assertThat(rate.denominator()).isEqualTo(BigDecimal.valueOf(33_100));
        assertThat(rate.period()).isEqualTo(PERIOD);
        assertThat(rate.exact()).as("kept unrounded").isEqualByComparingTo(
                BigDecimal.valueOf(40_000).divide(BigDecimal.valueOf(33_100), MathContext.DECIMAL128));
    }

    @Test
    void halfwayRoundsUp() {
        // 1 x 331/2000 x 10,000 / 33,100 = 0.05 exactly
        assertThat(ratePer10kChildren.of(1, new Factor(331, 2000), new FinancialYear(2025), PERIOD).value())
                .isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void theCountIsScaledByTheFactorBeforeItIsDivided() {
        // 2 x 1.5 x 10,000 / 33,100 = 0.906...
        assertThat(ratePer10kChildren.of(2, new Factor(3, 2), new FinancialYear(2025), PERIOD).value())
                .isEqualTo(new BigDecimal("0.9"));
    }

    @Test
    void childrenAtTheReportingDateAreRatedOverThePopulationOfItsFinancialYearAsASnapshot() {
        // 31 March 2026 is in 2025-26: 4 x 10,000 / 33,100 = 1.208...
        ReportingPeriod march = ReportingPeriod.of(YearMonth.of(2026, 3), LocalDate.of(2026, 5, 1));
        MeasureValue rate = ratePer10kChildren.ofChildrenAtReportingDate(4, march);

        assertThat(rate).isEqualTo(ratePer10kChildren.of(4, Factor.ONE, new FinancialYear(2025), march.atReportingDate()));
        assertThat(rate.value()).isEqualTo(new BigDecimal("1.2"));
        assertThat(rate.period()).isEqualTo(march.atReportingDate());
    }

    @Test
    void withoutAnEstimateForTheYearOrBeforeTheRateIsEmptyAndTheCountStillShown() {
        assertThat(ratePer10kChildren.of(7, Factor.ONE, new FinancialYear(2017), PERIOD))
                .isEqualTo(new MeasureValue(null, 7, null, PERIOD));
    }
}
