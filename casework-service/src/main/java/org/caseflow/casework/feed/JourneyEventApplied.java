package org.caseflow.casework.feed;

import org.caseflow.journey.events.JourneyEvent;

/**
 * A Spring application event: a journey event has just been applied to the case record. It is
 * published synchronously, in the transaction that applied the journey event, so what a listener
 * writes stands or falls with it, and a listener that throws sets the journey event aside with its
 * own writes. A replayed journey event is published again: listeners must be idempotent too.
 */
public record JourneyEventApplied(JourneyEvent event) {
}
