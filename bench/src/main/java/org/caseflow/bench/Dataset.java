package org.caseflow.bench;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.caseflow.simulator.CouncilProfile;

/**
 * A KPI database filled with a simulated council's facts, at one of the sizes the goals name.
 *
 * @param name    how the results name it
 * @param profile the council
 * @param first   its first month
 * @param last    its last month: the month the report is measured for
 */
record Dataset(String name, CouncilProfile profile, long seed, YearMonth first, YearMonth last) {

    /** Every dataset ends with the same month, long past, so that runs on different days measure the same report. */
    static final YearMonth REPORT_MONTH = YearMonth.of(2026, 10);
    static final long SEED = 2026;

    /** The reference report's council, one year. */
    static Dataset council() {
        return new Dataset("council, 1 year", CouncilProfile.referenceCouncil(), SEED, REPORT_MONTH.minusMonths(11), REPORT_MONTH);
    }

    /** A large council: 20,000 referrals a year for 10 years. */
    static Dataset largeCouncil() {
        return new Dataset("large council, 10 years", CouncilProfile.withReferralsPerYear(20_000), SEED, REPORT_MONTH.minusYears(10).plusMonths(1),
                REPORT_MONTH);
    }

    /** England: 650,000 referrals and 2.5 million contacts a year, for 5 years. */
    static Dataset england() {
        return new Dataset("England, 5 years", CouncilProfile.england(), SEED, REPORT_MONTH.minusYears(5).plusMonths(1), REPORT_MONTH);
    }

    /** A small council for a few months: for the smoke run, which checks the harness and not a speed. */
    static Dataset smoke() {
        return new Dataset("smoke", CouncilProfile.ofPopulation(3_000), SEED, REPORT_MONTH.minusMonths(2), REPORT_MONTH);
    }

    long months() {
        return ChronoUnit.MONTHS.between(first, last) + 1;
    }

    /** The database's name says what is in it, so that a run finds the one an earlier run filled. */
    String databaseName() {
        String size = name.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase();
        return ("bench_" + size + "_" + profile.population() + "_" + seed + "_" + first + "_" + last).replace('-', '_');
    }
}
