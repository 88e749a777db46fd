package org.caseflow.kpi.contacts.rules;

import java.util.Collection;
import java.util.function.Predicate;
import org.caseflow.journey.events.frontdoor.ContactOutcome;

/**
 * The share of the front door's decisions that went one way (docs/statutory-rules.md section 5): of
 * the contacts that have a decision, those decided so. A contact still waiting for its decision is in
 * neither count, so the share does not fall while the front door is busy.
 * <ul>
 *   <li>KPI {@code contacts-to-early-help}: decided as Early Help ({@link #toEarlyHelp});</li>
 *   <li>KPI {@code contacts-to-referral}: decided as a referral or an immediate strategy discussion,
 *       each of which opens a referral ({@link #toAReferral}, {@link ContactOutcome#opensAReferral()}).</li>
 * </ul>
 * Which contacts are counted (received in the month, or decided in it) is each measure's own.
 */
public final class DecisionShare {

    /**
     * How many of the contacts counted had one outcome.
     *
     * @param outcome null for the contacts not decided yet
     */
    public record OutcomeCount(ContactOutcome outcome, long contacts) {
    }

    /** The contacts decided the way counted, out of the contacts decided. */
    public record Share(long decidedThatWay, long decided) {
    }

    private DecisionShare() {
    }

    public static Share toEarlyHelp(Collection<OutcomeCount> contacts) {
        return of(contacts, outcome -> outcome == ContactOutcome.EARLY_HELP);
    }

    public static Share toAReferral(Collection<OutcomeCount> contacts) {
        return of(contacts, ContactOutcome::opensAReferral);
    }

    private static Share of(Collection<OutcomeCount> contacts, Predicate<ContactOutcome> counted) {
        long decidedThatWay = contacts.stream().filter(count -> count.outcome() != null && counted.test(count.outcome()))
                .mapToLong(OutcomeCount::contacts).sum();
        long decided = contacts.stream().filter(count -> count.outcome() != null).mapToLong(OutcomeCount::contacts).sum();
        return new Share(decidedThatWay, decided);
    }
}
