package org.caseflow.kpi.contacts.rules;

import java.util.Collection;
import org.caseflow.journey.events.frontdoor.ContactOutcome;

/**
 * KPI {@code contacts-to-early-help} (docs/statutory-rules.md section 5): of the contacts received
 * in the month that have a decision, those whose decision was Early Help. A contact still waiting
 * for its decision is in neither count, so the share does not fall while the front door is busy.
 */
public final class EarlyHelpShare {

    /**
     * How many of the month's contacts had one outcome.
     *
     * @param outcome null for the contacts not decided yet
     */
    public record OutcomeCount(ContactOutcome outcome, long contacts) {
    }

    /** The contacts decided as Early Help, out of the contacts decided. */
    public record Share(long earlyHelp, long decided) {
    }

    private EarlyHelpShare() {
    }

    public static Share of(Collection<OutcomeCount> month) {
        long earlyHelp = month.stream().filter(count -> count.outcome() == ContactOutcome.EARLY_HELP)
                .mapToLong(OutcomeCount::contacts).sum();
        long decided = month.stream().filter(count -> count.outcome() != null).mapToLong(OutcomeCount::contacts).sum();
        return new Share(earlyHelp, decided);
    }
}
