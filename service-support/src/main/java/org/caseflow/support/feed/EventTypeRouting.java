package org.caseflow.support.feed;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which of a service's handlers applies each kind of journey event: one handler per feature
 * package, each naming the event types it applies, instead of one switch over every type. A type
 * claimed by two handlers is a mistake found at start-up, not a race found in production.
 *
 * @param <H> the service's own handler type
 */
public final class EventTypeRouting<H> {

    private final Map<String, H> byType;

    private EventTypeRouting(Map<String, H> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static <H> EventTypeRouting<H> of(Collection<H> handlers, Function<H, Set<String>> eventTypes) {
        Map<String, H> byType = new HashMap<>();
        for (H handler : handlers) {
            for (String type : eventTypes.apply(handler)) {
                H earlier = byType.putIfAbsent(type, handler);
                if (earlier != null) {
                    throw new IllegalStateException("Journey event type " + type + " is claimed by both "
                            + earlier.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
                }
            }
        }
        return new EventTypeRouting<>(byType);
    }

    /** The handler for this type; empty for a type this service has no use for (yet). */
    public Optional<H> handlerFor(String eventType) {
        return Optional.ofNullable(byType.get(eventType));
    }
}
