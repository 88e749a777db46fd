package org.caseflow.casework.returns;

import java.time.LocalDate;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Collection years as people name them: {@code 2025-26} is 1 April 2025 to 31 March 2026 (the DfE
 * calls its census "2025 to 2026"). Written out in full so that no one has to guess whether
 * {@code 2026} means the year a census starts or the year it ends.
 */
public final class CollectionYears {

    /** The first collection year Caseflow can hold: every record it keeps began after this. */
    static final int FIRST = 2000;

    private CollectionYears() {
    }

    /** The year being collected now: the one today, in London, falls in. */
    public static FinancialYear current() {
        return FinancialYear.containing(LocalDate.now(BusinessDates.LONDON));
    }

    /**
     * @param year {@code 2025-26}, or null or blank for the current year
     * @throws ErrorResponseException a 400 problem for anything else, or a year that has not started
     */
    public static FinancialYear parse(String year) {
        if (year == null || year.isBlank()) {
            return current();
        }
        if (!year.matches("\\d{4}-\\d{2}")) {
            throw invalid("A collection year is written as 2025-26 (1 April 2025 to 31 March 2026), not \"" + year + "\".");
        }
        int start = Integer.parseInt(year.substring(0, 4));
        int end = Integer.parseInt(year.substring(5));
        if ((start + 1) % 100 != end) {
            throw invalid("A collection year runs from 1 April to the next 31 March, so " + start + " is followed by "
                    + String.format("%02d", (start + 1) % 100) + ", not " + year.substring(5) + ".");
        }
        FinancialYear parsed = new FinancialYear(start);
        if (start < FIRST || parsed.start().isAfter(LocalDate.now(BusinessDates.LONDON))) {
            throw invalid("The collection year " + year + " has not started, or is before any record Caseflow holds.");
        }
        return parsed;
    }

    static ErrorResponseException invalid(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", detail), null);
    }
}
