package org.caseflow.journey.events.escalation;

import static org.caseflow.journey.events.escalation.EscalationData.ESCALATION;
import static org.caseflow.journey.events.escalation.EscalationData.MANAGER_ACTION;
import static org.caseflow.journey.events.escalation.EscalationData.TIMESCALE;

import java.time.LocalDate;
import java.util.Optional;
import org.caseflow.journey.events.JourneyEvent;

/**
 * What happens around a statutory timescale, in every stage alike: a timer found the work not
 * recorded by the end of its due day ({@link Kind#BREACHED}); a manager reviewed that
 * ({@link Kind#REVIEWED}); or the work was then recorded with a business date within the
 * timescale, which closes the escalation ({@link Kind#RECORDED_IN_TIME}). Events of any type carry
 * it in their data ({@code escalation}, {@code timescale}), so consumers need no list of types.
 *
 * @param timescale the rule's id, e.g. {@code T3}
 * @param dueOn     the work's due date
 * @param action    for a review, what the manager did
 */
public record Escalation(Kind kind, String timescale, LocalDate dueOn, String team, String action, LocalDate on) {

    public enum Kind { BREACHED, REVIEWED, RECORDED_IN_TIME }

    /** The escalation an event is part of, if it is part of one. */
    public static Optional<Escalation> of(JourneyEvent event) {
        Optional<String> kind = event.text(ESCALATION);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Escalation(Kind.valueOf(kind.get()), event.text(TIMESCALE).orElse(null), event.dueOn(),
                event.team(), event.text(MANAGER_ACTION).orElse(null), event.occurredOn()));
    }
}
