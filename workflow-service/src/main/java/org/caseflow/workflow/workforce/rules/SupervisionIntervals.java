package org.caseflow.workflow.workforce.rules;

import java.time.LocalDate;
import org.caseflow.calendar.LocalTimescale;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.TimescaleUnit;

/**
 * How soon a worker's next supervision is due after the last (LGA Standards for employers of social
 * workers): in the assessed and supported year in employment (ASYE), weekly for its first 6 weeks,
 * fortnightly to 6 months, then monthly (rule T21); otherwise the council's interval (rule T22,
 * monthly by default). The phase is the one the last session fell in, as for visits.
 */
public final class SupervisionIntervals {

    private static final String ASYE = StatutoryTimescale.ASYE_SUPERVISION.id();
    private static final Timescale WEEKLY = new LocalTimescale(ASYE, "Supervise weekly in the first 6 weeks of the ASYE", 1,
            TimescaleUnit.CALENDAR_WEEKS);
    private static final Timescale FORTNIGHTLY = new LocalTimescale(ASYE, "Supervise fortnightly to 6 months into the ASYE", 2,
            TimescaleUnit.CALENDAR_WEEKS);
    private static final Timescale MONTHLY = new LocalTimescale(ASYE, "Supervise monthly for the rest of the ASYE", 1,
            TimescaleUnit.CALENDAR_MONTHS);

    private SupervisionIntervals() {
    }

    /**
     * @param asyeStart   the start of the worker's ASYE; null for an experienced worker
     * @param experienced the council's interval for experienced workers (T22)
     */
    public static Timescale after(LocalDate lastSession, LocalDate asyeStart, Timescale experienced) {
        if (asyeStart == null || lastSession.isBefore(asyeStart) || !lastSession.isBefore(asyeStart.plusYears(1))) {
            return experienced;
        }
        if (lastSession.isBefore(asyeStart.plusWeeks(6))) {
            return WEEKLY;
        }
        return lastSession.isBefore(asyeStart.plusMonths(6)) ? FORTNIGHTLY : MONTHLY;
    }
}
