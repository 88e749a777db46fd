package org.caseflow.workflow.fostering.rules;

import java.time.LocalDate;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.TimescaleUnit;

/**
 * When a foster carer's DBS check falls due. Each is renewed within the council's interval of the
 * last (rule T27, 3 years by default). A carer approved with no check recorded has nothing to
 * renew from: their check is due at once, on the day of approval, under the same rule.
 */
public final class CarerIntervals {

    private CarerIntervals() {
    }

    /**
     * @param lastCheck the carer's latest DBS check; null when none is recorded
     * @param renewal   the council's renewal interval (T27)
     * @return the timescale the next check is due by, counted from the last check or, without one, from the approval
     */
    public static Timescale nextDbsCheck(LocalDate lastCheck, Timescale renewal) {
        return lastCheck == null ? new DueAtOnce(renewal.id(), "Record a DBS check for a foster carer approved without one") : renewal;
    }

    /** Work due on the day its clock starts: day 0, at risk from the start. */
    record DueAtOnce(String id, String description) implements Timescale {

        @Override
        public int limit() {
            return 0;
        }

        @Override
        public TimescaleUnit unit() {
            return TimescaleUnit.CALENDAR_DAYS;
        }

        @Override
        public int atRiskAfter() {
            return 0;
        }

        @Override
        public String limitInWords() {
            return "at once";
        }
    }
}
