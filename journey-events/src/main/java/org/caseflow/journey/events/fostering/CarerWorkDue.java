package org.caseflow.journey.events.fostering;

import static org.caseflow.journey.events.fostering.FosteringData.CARER_ID;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_TYPE;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_VISIT_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.DBS_CHECK_DATE;
import static org.caseflow.journey.events.fostering.FosteringData.SUPERVISING_WORKER;

import java.time.LocalDate;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A foster carer's next DBS check or supervisory visit fell due: published each time its clock
 * starts (at approval, and after every check or visit actually recorded), so that measures can
 * tell on any date whether each carer's check and visits are in time. The latest of each work
 * for a carer holds until the next; deregistration ends them all.
 *
 * @param countedFrom the day the clock counts from: the last check or visit, else the approval
 * @param lastDoneOn  the last check or visit recorded; null when none has been, so a DBS check
 *                    due at approval with none recorded is not a DBS recorded, even on that day
 */
public record CarerWorkDue(String carerId, CarerType type, String supervisingWorker, Work work, LocalDate countedFrom, LocalDate dueOn,
        LocalDate lastDoneOn, String team) {

    public enum Work { DBS_CHECK, SUPERVISION_VISIT }

    public static final String DBS_CHECK_DUE = "CarerDbsCheckDue";
    public static final String SUPERVISION_VISIT_DUE = "CarerSupervisionVisitDue";
    private static final Map<String, Work> WORK_BY_TYPE = Map.of(DBS_CHECK_DUE, Work.DBS_CHECK, SUPERVISION_VISIT_DUE, Work.SUPERVISION_VISIT);

    public static CarerWorkDue from(JourneyEvent event) {
        Work work = WORK_BY_TYPE.get(event.type());
        if (work == null) {
            throw new IllegalArgumentException(event.type() + " is not a type of foster carer's work falling due");
        }
        LocalDate lastDone = event.date(work == Work.DBS_CHECK ? DBS_CHECK_DATE : CARER_VISIT_DATE).orElse(null);
        return new CarerWorkDue(event.require(CARER_ID), CarerType.valueOf(event.require(CARER_TYPE)), event.require(SUPERVISING_WORKER),
                work, event.occurredOn(), event.dueOn(), lastDone, event.team());
    }

    /** Not overdue at the end of {@code day}: due that day or later. */
    public boolean inTimeOn(LocalDate day) {
        return !day.isAfter(dueOn);
    }
}
