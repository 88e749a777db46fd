package org.caseflow.journey.events.workforce;

import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISED_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISION_TIMESCALE;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A worker's next supervision fell due: published when its clock starts (the journey's start, or
 * the last session actually held), so that measures can tell whether each worker is within their
 * interval on any date.
 *
 * @param countedFrom the day the clock counts from
 */
public record SupervisionDue(String worker, LocalDate countedFrom, LocalDate dueOn, String timescale, String team) {

    public static final String TYPE = "SupervisionDue";

    public static SupervisionDue from(JourneyEvent event) {
        return new SupervisionDue(event.require(SUPERVISED_WORKER), event.occurredOn(), event.dueOn(),
                event.text(SUPERVISION_TIMESCALE).orElse(null), event.team());
    }
}
