package org.caseflow.kpi.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The annualised looked-after rates (KPIs entering-care-rate and ceased-care-rate, docs/statutory-rules.md
 * section 5) give the reference report's figures from its counts, over the population its rates imply
 * (research note section 3: "about 33,100"; rounded once from the exact fraction, 33,034 to 33,039 fits every rate
 * of the report). Annualised by 12 over the months elapsed,
 * children ceasing care at the ends of April, May and June 2023, 33, 51 and 58, are 120, 93 and 70 per
 * 10,000, and children entering care, 7, 19 and 42, are 25, 35 and 51, as the report shows them (whole
 * numbers). Annualised by days, they are not, at any population: 33 children by 30 April 2023 are 122 per
 * 10,000 of 33,030 (366 days over 30, the year 2023-24 holding 29 February 2024), and 7 are 26.
 */
class AnnualisedRatesTest {

    private static final FinancialYear YEAR_2023_24 = new FinancialYear(2023);

    @ParameterizedTest(name = "{1} children ceased care by {0}: {2} per 10,000 of {3}")
    @CsvSource({
            "2023-04-30, 33, 120, 32908", "2023-05-31, 51, 93, 32908", "2023-06-30, 58, 70, 32908",
            "2023-04-30, 33, 120, 33036", "2023-05-31, 51, 93, 33036", "2023-06-30, 58, 70, 33036",
            "2023-04-30, 33, 120, 33081", "2023-05-31, 51, 93, 33081", "2023-06-30, 58, 70, 33081"})
    void theRateCeasingCareIsTheReportsFromItsCounts(LocalDate monthEnd, long ceased, int shown, long population) {
        assertThat(annualised(ceased, monthEnd, population)).isEqualByComparingTo(BigDecimal.valueOf(shown));
    }

    @ParameterizedTest(name = "{1} children entered care by {0}: {2} per 10,000 of {3}")
    @CsvSource({
            "2023-04-30, 7, 25, 32942", "2023-05-31, 19, 35, 32942", "2023-06-30, 42, 51, 32942",
            "2023-04-30, 7, 25, 33043", "2023-05-31, 19, 35, 33043", "2023-06-30, 42, 51, 33043"})
    void theProjectedRateEnteringCareIsTheReportsFromItsCounts(LocalDate monthEnd, long entered, int shown, long population) {
        assertThat(annualised(entered, monthEnd, population)).isEqualByComparingTo(BigDecimal.valueOf(shown));
    }

    /**
     * One population gives every rate of the report's monthly columns at once, each rounded once from its exact
     * fraction: those counted at the month's end (children in need, on a plan, looked after), the annualised ones and
     * the projected referral rates: 33,034 to 33,039.
     */
    @ParameterizedTest(name = "{0}: {1} ({2}) are {3} per 10,000 of 33,036")
    @CsvSource({
            "children in need,  735, 1, 222", "children in need,  788, 1, 239", "children in need,  807, 1, 244",
            "on a CP plan,      283, 1, 86",  "on a CP plan,      291, 1, 88",  "on a CP plan,      321, 1, 97",
            "looked after,      552, 1, 167", "looked after,      543, 1, 164", "looked after,      558, 1, 169",
            "ceased by April,   33, 12, 120", "ceased by May,     51, 6, 93",   "ceased by June,    58, 4, 70",
            "entered by April,  7, 12, 25",   "entered by May,    19, 6, 35",   "entered by June,   42, 4, 51",
            "referred by April, 127, 12, 461", "referred by May,  301, 6, 547",  "referred by June,  551, 4, 667"})
    void aPopulationOf33036GivesEveryRateOfTheReportsMonths(String what, long children, long factor, int shown) {
        MeasureValue rate = MeasureValue.ratePer10k(children, new YearProjection.Factor(factor, 1), 33_036, period(LocalDate.of(2023, 6, 30)));

        assertThat(rate.shown()).isEqualByComparingTo(BigDecimal.valueOf(shown));
    }

    @ParameterizedTest(name = "by days, {1} children by 30 April 2023 are {2} per 10,000 of 33,030, not the report's")
    @CsvSource({"33, 122", "7, 26"})
    void annualisedByDaysTheyAreNot(long children, int shown) {
        LocalDate april = LocalDate.of(2023, 4, 30);
        MeasureValue byDays = MeasureValue.ratePer10k(children, YearProjection.of(YearProjection.Method.DAYS, YEAR_2023_24, april), 33_030, period(april));

        assertThat(byDays.shown()).isEqualByComparingTo(BigDecimal.valueOf(shown));
    }

    private static BigDecimal annualised(long yearToDate, LocalDate monthEnd, long population) {
        return MeasureValue.ratePer10k(yearToDate, YearProjection.of(YearProjection.Method.MONTHS, YEAR_2023_24, monthEnd), population, period(monthEnd))
                .shown();
    }

    private static MeasureValue.Period period(LocalDate monthEnd) {
        return new MeasureValue.Period(YEAR_2023_24.start(), monthEnd, MeasureValue.Basis.PROJECTED_YEAR);
    }
}
