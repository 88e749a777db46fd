package org.caseflow.journey.events.fostering;

import static org.caseflow.journey.events.fostering.FosteringData.CARER_ID;
import static org.caseflow.journey.events.fostering.FosteringData.CARER_TYPE;
import static org.caseflow.journey.events.fostering.FosteringData.DBS_RENEWAL_DUE_ON;
import static org.caseflow.journey.events.fostering.FosteringData.SUPERVISING_WORKER;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A foster carer's DBS check was recorded (task {@code RecordDbsCheck}), dated the check itself.
 *
 * @param dueOn        when this check was due: the renewal of the last (rule T27), or the day of
 *                     approval for a carer approved with none recorded
 * @param renewalDueOn when this check is to be renewed in turn (T27)
 */
public record CarerDbsChecked(String carerId, CarerType type, String supervisingWorker, LocalDate checkedOn, LocalDate dueOn,
        LocalDate renewalDueOn, String team) {

    public static final String TYPE = "CarerDbsChecked";

    public static CarerDbsChecked from(JourneyEvent event) {
        return new CarerDbsChecked(event.require(CARER_ID), CarerType.valueOf(event.require(CARER_TYPE)), event.require(SUPERVISING_WORKER),
                event.occurredOn(), event.dueOn(), event.date(DBS_RENEWAL_DUE_ON).orElse(null), event.team());
    }

    public boolean inTime() {
        return dueOn == null || !checkedOn.isAfter(dueOn);
    }
}
