package org.caseflow.casework;

import static org.caseflow.journey.events.workforce.WorkforceData.CASE_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.PREVIOUS_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.REALLOCATION_DATE;
import static org.caseflow.journey.events.workforce.WorkforceData.REALLOCATION_REASON;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.workforce.CaseReallocated;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes a team manager's allocation of a child's case to a {@link FeedStub}, shaped as the
 * {@code case-allocation} journey publishes it: the child on the envelope with no contact or
 * referral, the new worker's team as the event's team, the manager as its worker, the date as
 * {@code occurredOn}.
 */
public final class CaseAllocationJourney {

    private CaseAllocationJourney() {
    }

    /** @param previousWorker who held the child's journeys before; null when none named one */
    public static JourneyEvent reallocated(FeedStub feed, String laChildId, String worker, String team, LocalDate from, String reason,
            String previousWorker, String manager) {
        Map<String, Object> data = new HashMap<>(Map.of(CASE_WORKER, worker, REALLOCATION_DATE, from.toString(),
                REALLOCATION_REASON, reason));
        if (previousWorker != null) {
            data.put(PREVIOUS_WORKER, previousWorker);
        }
        return feed.publish(CaseReallocated.TYPE, laChildId, null, null, from, null, team, manager, data);
    }
}
