package org.caseflow.journey.events.workforce;

import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISED_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISION_TIMESCALE;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISOR;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A worker was supervised (task {@code RecordSupervision} of their {@code supervision} journey):
 * due by rule T21 in their assessed and supported year in employment (weekly for 6 weeks,
 * fortnightly to 6 months, then monthly), otherwise by the council's interval (T22).
 */
public record SupervisionHeld(String worker, String supervisor, LocalDate heldOn, LocalDate dueOn, String timescale, String team) {

    public static final String TYPE = "SupervisionHeld";

    public static SupervisionHeld from(JourneyEvent event) {
        return new SupervisionHeld(event.require(SUPERVISED_WORKER), event.require(SUPERVISOR), event.occurredOn(), event.dueOn(),
                event.text(SUPERVISION_TIMESCALE).orElse(null), event.team());
    }

    public boolean inTime() {
        return dueOn == null || !heldOn.isAfter(dueOn);
    }
}
