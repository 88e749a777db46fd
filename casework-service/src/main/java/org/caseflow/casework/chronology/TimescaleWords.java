package org.caseflow.casework.chronology;

import org.caseflow.calendar.StatutoryTimescale;

/** How the chronology words a statutory timescale, so that every entry that names one says it alike. */
public final class TimescaleWords {

    private TimescaleWords() {
    }

    /** What the timescale allows, e.g. "45 working days", "1 working day", "3 months". */
    public static String limitOf(StatutoryTimescale timescale) {
        int limit = timescale.limit();
        String unit = switch (timescale.unit()) {
            case WORKING_DAYS -> "working day";
            case CALENDAR_DAYS -> "day";
            case CALENDAR_WEEKS -> "week";
            case CALENDAR_MONTHS -> "month";
        };
        return limit + " " + unit + (limit == 1 ? "" : "s");
    }

    /** The rule as part of a sentence, e.g. "timescale T3 (45 working days): complete and authorise ...". */
    public static String ruleOf(StatutoryTimescale timescale) {
        String description = timescale.description();
        return "timescale " + timescale.id() + " (" + limitOf(timescale) + "): "
                + Character.toLowerCase(description.charAt(0)) + description.substring(1);
    }
}
