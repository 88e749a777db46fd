package org.caseflow.kpi.facts;

import org.caseflow.journey.events.JourneyEvent;

/**
 * Published, in the feed page's transaction, after the facts of a journey event were recorded: for what is
 * derived from several facts at once (a referral's episode of social care) to be brought up to date with them.
 */
public record FactsRecorded(JourneyEvent event) {
}
