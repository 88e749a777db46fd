package org.caseflow.casework.workforce;

import java.util.Set;
import org.caseflow.casework.feed.CaseRecordHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.workforce.CaseReallocated;
import org.springframework.stereotype.Component;

/**
 * The workforce's events that are about a child: a team manager allocating the child's case to a
 * worker from a date. From then on the child's summary names that worker and team, and the new team
 * is one of the teams the child's record opens to. A worker's supervision is about no child, so it
 * is no part of a case record (the projection passes over every event without a child that no
 * register keeps).
 */
@Component
class CaseAllocationEvents implements CaseRecordHandler {

    private final CaseAllocationRecords records;

    CaseAllocationEvents(CaseAllocationRecords records) {
        this.records = records;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CaseReallocated.TYPE);
    }

    @Override
    public String apply(JourneyEvent event) {
        CaseReallocated allocation = CaseReallocated.from(event);
        if (allocation.allocatedOn() == null) {
            throw new IllegalArgumentException("A " + event.type() + " event must give the date the case is allocated from; event "
                    + event.eventId() + " does not");
        }
        records.allocated(event.eventId(), event.position(), allocation);
        return said(allocation);
    }

    /** "Case allocated to cic.agency (team-cic) from 2026-05-01: Amara is leaving the team." */
    static String said(CaseReallocated allocation) {
        String team = allocation.team() == null ? "" : " (" + allocation.team() + ")";
        String reason = allocation.reason().isBlank() ? "." : ": " + allocation.reason().strip();
        return "Case allocated to " + allocation.worker() + team + " from " + allocation.allocatedOn() + reason;
    }
}
