package org.caseflow.casework.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.casework.child.ChildRecords;
import org.caseflow.casework.chronology.Chronology;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.escalation.Escalation;
import org.caseflow.support.feed.EventTypeRouting;
import org.caseflow.support.feed.JourneyEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns journey events into the case record. Each feature package applies its own event types
 * ({@link CaseRecordHandler}); an event that is part of an escalation goes to the
 * {@link EscalationHandler} whatever its type. For every event applied, the projection then adds
 * the child's chronology entry and the audit entry, with who made the change and in which request
 * (Tasklist completions included). Every write is keyed by the event, so a replay changes nothing.
 * Types no feature applies are passed over, as the feed's contract asks, and so is every event that
 * names no child (a worker's supervision): the consumer's cursor moves past them all the same.
 */
@Component
class CaseRecordProjection implements JourneyEventHandler {

    private static final Logger log = LoggerFactory.getLogger(CaseRecordProjection.class);

    private final EventTypeRouting<CaseRecordHandler> byType;
    private final EscalationHandler escalations;
    private final ChildRecords children;
    private final Chronology chronology;
    private final AuditTrail audit;
    private final ApplicationEventPublisher applied;

    CaseRecordProjection(List<CaseRecordHandler> handlers, EscalationHandler escalations, ChildRecords children,
            Chronology chronology, AuditTrail audit, ApplicationEventPublisher applied) {
        this.byType = EventTypeRouting.of(handlers, CaseRecordHandler::eventTypes);
        this.escalations = escalations;
        this.children = children;
        this.chronology = chronology;
        this.audit = audit;
        this.applied = applied;
    }

    @Override
    public void apply(JourneyEvent event) {
        if (event.laChildId() == null || event.laChildId().isBlank()) {
            // a worker's supervision and the like: nothing of a child's record, and no reason to stop the feed
            log.debug("Journey event {} ({}) names no child; it is not part of a case record", event.eventId(), event.type());
            return;
        }
        Optional<Function<JourneyEvent, String>> handler = handlerFor(event);
        if (handler.isEmpty()) {
            log.debug("Journey event type {} is not part of the case record yet", event.type());
            return;
        }
        // every part of the record hangs off the child, who may be new to us
        children.ensure(event.laChildId());
        String summary = handler.get().apply(event);
        LocalDate occurredOn = event.occurredOn() != null ? event.occurredOn() : BusinessDates.dateOf(event.recordedAt());
        chronology.add(event.eventId(), event.position(), event.laChildId(), occurredOn, event.recordedAt(), event.type(),
                summary, event.worker());
        audit.recordChange(event.eventId(), event.worker(), event.type(), event.laChildId(), event.correlationId(), summary);
        applied.publishEvent(new JourneyEventApplied(event));
    }

    /** An escalation by its data, whatever its type; any other event by its type. */
    private Optional<Function<JourneyEvent, String>> handlerFor(JourneyEvent event) {
        Optional<Escalation> escalation = Escalation.of(event);
        if (escalation.isPresent()) {
            return Optional.of(escalated -> escalations.apply(escalated, escalation.get()));
        }
        return byType.handlerFor(event.type()).map(handler -> handler::apply);
    }
}
