package org.caseflow.casework.feed;

import org.caseflow.journey.events.JourneyEvent;

/**
 * A register the service keeps of something that is not a child (foster carer households), built
 * from journey events that name no child. Each register names the data key that identifies what it
 * keeps, e.g. {@code carerId}: an event with no child that carries that key is the register's, and
 * goes to it instead of being passed over. Events with no child and no register's key (a worker's
 * supervision) are still passed over. Nothing a register applies is on any child's record, so it
 * adds no chronology or child audit entry.
 */
public interface RegisterHandler {

    /** The event data key that names the register's subject; no two registers may share one (checked at start-up). */
    String subjectKey();

    /**
     * Applies the event, keyed so that applying it again changes nothing. Types the register does not
     * know are passed over, as the feed's contract asks; an event it cannot apply makes it throw, and
     * the event is set aside.
     */
    void apply(JourneyEvent event);
}
