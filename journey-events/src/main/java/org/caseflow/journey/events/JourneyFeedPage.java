package org.caseflow.journey.events;

import java.util.List;

/**
 * One read of the feed: events after the position asked for, in order.
 *
 * @param events       at most the limit asked for
 * @param lastPosition the position to ask after next time (the last event's, or the one asked for when empty)
 * @param hasMore      more events are ready now
 */
public record JourneyFeedPage(List<JourneyEvent> events, long lastPosition, boolean hasMore) {

    public JourneyFeedPage {
        events = List.copyOf(events);
    }
}
