package org.caseflow.kpi.report;

import java.time.YearMonth;

/**
 * Months as the council's report names them ("Sept 2025", "Mar 2026"), the same whatever the server's locale and
 * Java's locale data, so that a download's column names do not change with the machine that made it.
 */
final class MonthLabels {

    private static final String[] SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"};
    private static final String[] LONG = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};

    private MonthLabels() {
    }

    static String shortLabel(YearMonth month) {
        return SHORT[month.getMonthValue() - 1] + " " + month.getYear();
    }

    static String longLabel(YearMonth month) {
        return LONG[month.getMonthValue() - 1] + " " + month.getYear();
    }
}
