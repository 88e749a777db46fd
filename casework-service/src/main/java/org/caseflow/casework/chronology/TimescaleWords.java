package org.caseflow.casework.chronology;

import org.caseflow.calendar.LocalTimescale;
import org.caseflow.calendar.Timescale;

/**
 * How the chronology words a timescale, statutory or this council's own, so that every entry that
 * names one says it alike. A local timescale is worded with the council's setting, which is why
 * callers look timescales up through {@code Timescales} rather than the statutory list alone.
 */
public final class TimescaleWords {

    private TimescaleWords() {
    }

    /** What the timescale allows, e.g. "45 working days", "1 working day", "3 months". */
    public static String limitOf(Timescale timescale) {
        return timescale.limitInWords();
    }

    /**
     * The rule as part of a sentence, e.g. "timescale T3 (45 working days): complete and authorise ...",
     * or "local timescale T10 (10 working days): see a child ..." for one the council sets.
     */
    public static String ruleOf(Timescale timescale) {
        String description = timescale.description();
        return nameOf(timescale) + " (" + limitOf(timescale) + "): "
                + Character.toLowerCase(description.charAt(0)) + description.substring(1);
    }

    /** "timescale T3", or "local timescale T10" for one the council sets. */
    public static String nameOf(Timescale timescale) {
        return (timescale instanceof LocalTimescale ? "local timescale " : "timescale ") + timescale.id();
    }
}
