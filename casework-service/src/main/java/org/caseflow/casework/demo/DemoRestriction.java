package org.caseflow.casework.demo;

import org.caseflow.casework.access.RecordRestrictions;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.casework.feed.JourneyEventApplied;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.SocialWorkerAllocated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo data for the local run: when the demo child {@code C0999001} is allocated (to Team South),
 * its record is restricted, as a manager would restrict a staff member's relative's, so that the
 * restriction can be tried straight away. It happens in the transaction that applies the
 * allocation, so the record is never open between the two. Once only: a later allocation, or the
 * same one read again, leaves it as it is, even when a manager has lifted the restriction since.
 */
@Component
@ConditionalOnProperty("caseflow.demo-data.enabled")
class DemoRestriction {

    static final String CHILD = "C0999001";
    static final String MANAGER = "south.manager";
    private static final Logger log = LoggerFactory.getLogger(DemoRestriction.class);

    private final RecordRestrictions restrictions;
    private final AuditTrail audit;

    DemoRestriction(RecordRestrictions restrictions, AuditTrail audit) {
        this.restrictions = restrictions;
        this.audit = audit;
    }

    @EventListener
    void restrictOnceAllocated(JourneyEventApplied applied) {
        JourneyEvent event = applied.event();
        if (!event.type().equals(SocialWorkerAllocated.TYPE) || !CHILD.equals(event.laChildId()) || restrictedBefore()) {
            return;
        }
        restrictions.set(CHILD, true, "Demo: a relative of a member of staff", MANAGER);
        log.info("Demo: the record of {} (Team South) is restricted", CHILD);
    }

    private boolean restrictedBefore() {
        return audit.of(CHILD).stream().anyMatch(entry -> entry.action().equals(RecordRestrictions.RESTRICTED));
    }
}
