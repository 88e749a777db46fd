package org.caseflow.casework.feed;

import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.escalation.Escalation;

/**
 * Applies every event that is part of an escalation of a statutory timescale, whatever its type and
 * stage: it is recognised by its data ({@link Escalation#of}), before any routing by type, so that no
 * stage needs escalation code of its own.
 */
public interface EscalationHandler {

    /**
     * Applies it as {@link CaseRecordHandler#apply} does.
     *
     * @return what happened, in the words a social worker reads in the child's chronology
     */
    String apply(JourneyEvent event, Escalation escalation);
}
