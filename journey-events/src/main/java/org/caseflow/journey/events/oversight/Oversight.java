package org.caseflow.journey.events.oversight;

import static org.caseflow.journey.events.oversight.OversightData.OVERSIGHT;
import static org.caseflow.journey.events.oversight.OversightData.OVERSIGHT_DIRECTION;

import java.time.LocalDate;
import java.util.Optional;
import org.caseflow.journey.events.JourneyEvent;

/**
 * Management oversight recorded at a decision point: who the manager was, the business date of the
 * decision and their direction in their own words. Events of any type carry it in their data
 * ({@code oversight}, {@code oversightDirection}), as they carry an escalation, so consumers need
 * no list of types.
 *
 * @param manager the person signed in who recorded the decision
 * @param team    whose work the decision was
 */
public record Oversight(DecisionPoint point, String manager, LocalDate decidedOn, String direction, String team) {

    /** The oversight an event records, if it records one. */
    public static Optional<Oversight> of(JourneyEvent event) {
        Optional<String> point = event.text(OVERSIGHT);
        if (point.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Oversight(DecisionPoint.ofRecorded(point.get()), event.worker(), event.occurredOn(),
                event.text(OVERSIGHT_DIRECTION).orElse(null), event.team()));
    }

    /** A manager was named and gave a direction in words: what inspectors look for, not just a button pressed. */
    public boolean recorded() {
        return manager != null && !manager.isBlank() && direction != null && !direction.isBlank();
    }
}
