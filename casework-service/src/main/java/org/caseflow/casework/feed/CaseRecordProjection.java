package org.caseflow.casework.feed;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Types no feature applies are passed over, as the feed's contract asks. An event that names no child
 * goes to the register whose subject it names ({@link RegisterHandler}: a foster carer's, by its
 * {@code carerId}); any other (a worker's supervision) is passed over too. Either way the consumer's
 * cursor moves past them.
 */
@Component
class CaseRecordProjection implements JourneyEventHandler {

    private static final Logger log = LoggerFactory.getLogger(CaseRecordProjection.class);

    private final EventTypeRouting<CaseRecordHandler> byType;
    private final List<RegisterHandler> registers;
    private final EscalationHandler escalations;
    private final ChildRecords children;
    private final Chronology chronology;
    private final AuditTrail audit;
    private final ApplicationEventPublisher applied;

    CaseRecordProjection(List<CaseRecordHandler> handlers, List<RegisterHandler> registers, EscalationHandler escalations,
            ChildRecords children, Chronology chronology, AuditTrail audit, ApplicationEventPublisher applied) {
        this.byType = EventTypeRouting.of(handlers, CaseRecordHandler::eventTypes);
        this.registers = List.copyOf(registers);
        requireOneRegisterPerSubject(this.registers);
        this.escalations = escalations;
        this.children = children;
        this.chronology = chronology;
        this.audit = audit;
        this.applied = applied;
    }

    @Override
    public void apply(JourneyEvent event) {
        if (event.laChildId() == null || event.laChildId().isBlank()) {
            applyToARegister(event);
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

    /** A foster carer's event and the like to its register; a worker's supervision and the like nowhere, without stopping the feed. */
    private void applyToARegister(JourneyEvent event) {
        Optional<RegisterHandler> register = registers.stream()
                .filter(candidate -> event.text(candidate.subjectKey()).isPresent()).findFirst();
        if (register.isEmpty()) {
            log.debug("Journey event {} ({}) names no child and no register's subject; it is not part of the record", event.eventId(),
                    event.type());
            return;
        }
        register.get().apply(event);
    }

    /** Two registers claiming the same events would split a subject's record between them: a mistake to find at start-up. */
    private static void requireOneRegisterPerSubject(List<RegisterHandler> registers) {
        Set<String> subjectKeys = new HashSet<>();
        for (RegisterHandler register : registers) {
            if (!subjectKeys.add(register.subjectKey())) {
                throw new IllegalStateException("Two registers keep events carrying " + register.subjectKey() + "; "
                        + register.getClass().getSimpleName() + " is one of them");
            }
        }
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
