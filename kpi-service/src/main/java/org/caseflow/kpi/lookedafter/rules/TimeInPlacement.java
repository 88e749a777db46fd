package org.caseflow.kpi.lookedafter.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * How long a looked-after child has been in their current placement at the end of a date, in the report's
 * bands (KPI {@code cla-by-time-in-placement}, docs/statutory-rules.md section 5). A band starts on the
 * day its lower bound is reached, counted as months and years are counted everywhere (section 1:
 * {@code LocalDate.plusMonths}, the same day of the month or the last day of a shorter month), and runs
 * to the day before the next band's: a placement started on 30 November 2023 has lasted 3 months on
 * 29 February 2024. So "6-11 months" is 6 months up to the day before the first anniversary, and "over 2
 * years" starts on the second anniversary.
 */
public enum TimeInPlacement {
    UP_TO_3_MONTHS("0-3 months", start -> start),
    FROM_3_MONTHS("3-6 months", start -> start.plusMonths(3)),
    FROM_6_MONTHS("6-11 months", start -> start.plusMonths(6)),
    FROM_1_YEAR("1-2 years", start -> start.plusYears(1)),
    FROM_2_YEARS("over 2 years", start -> start.plusYears(2));

    private final String label;
    private final UnaryOperator<LocalDate> from;

    TimeInPlacement(String label, UnaryOperator<LocalDate> from) {
        this.label = label;
        this.from = from;
    }

    /** As the report prints it; the key of the measure's breakdown. */
    public String label() {
        return label;
    }

    /** The first day a placement started on {@code placementStartedOn} is in this band. */
    public LocalDate from(LocalDate placementStartedOn) {
        return from.apply(placementStartedOn);
    }

    /**
     * The band of a placement started on {@code placementStartedOn}, at the end of {@code date}.
     *
     * @throws IllegalArgumentException when the placement starts after {@code date}
     */
    public static TimeInPlacement of(LocalDate placementStartedOn, LocalDate date) {
        if (placementStartedOn.isAfter(date)) {
            throw new IllegalArgumentException("A placement starting on " + placementStartedOn + " had not started on " + date);
        }
        TimeInPlacement[] bands = values();
        return Arrays.stream(bands).filter(band -> !band.from(placementStartedOn).isAfter(date)).reduce((earlier, later) -> later)
                .orElseThrow();
    }
}
