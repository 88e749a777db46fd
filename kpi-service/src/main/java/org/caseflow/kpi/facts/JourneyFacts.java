package org.caseflow.kpi.facts;

import java.util.List;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.support.feed.EventTypeRouting;
import org.caseflow.support.feed.JourneyEventHandler;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands each journey event to the feature that records facts from it. Which features there are is
 * whatever {@link FactRecorder}s the service holds: a type claimed by two of them stops the service
 * at start-up, and a type none claims is not a fact any measure uses yet.
 */
@Component
class JourneyFacts implements JourneyEventHandler {

    private final EventTypeRouting<FactRecorder> routing;
    private final ApplicationEventPublisher published;

    JourneyFacts(List<FactRecorder> recorders, ApplicationEventPublisher published) {
        this.routing = EventTypeRouting.of(recorders, FactRecorder::eventTypes);
        this.published = published;
    }

    @Override
    public void apply(JourneyEvent event) {
        routing.handlerFor(event.type()).ifPresent(recorder -> {
            recorder.record(event);
            published.publishEvent(new FactsRecorded(event));
        });
    }
}
