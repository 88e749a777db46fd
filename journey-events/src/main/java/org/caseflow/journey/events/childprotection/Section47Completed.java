package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.FURTHER_STRATEGY_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_COMPLETED_BY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_COMPLETED_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_ENDORSED_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_OUTCOME;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_START_DATE;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A section 47 enquiry's outcome took effect: completed by a social worker (task
 * {@code CompleteSection47Enquiry}) and endorsed by a team manager (task {@code EndorseSection47Outcome}).
 * The event is dated the day of the endorsement and published as the manager endorses it. An event
 * recorded before outcomes were endorsed names no manager, and is dated the day of completion.
 *
 * @param startedOn   the day of the strategy discussion that initiated it (CIN census S47ActualStartDate)
 * @param completedOn the day the social worker completed it
 * @param icpcDueOn   the initial conference's due date (rule T4), from {@code startedOn}
 * @param category    the category of abuse or neglect found; null when not substantiated
 * @param furtherStrategyOn a later strategy discussion during the enquiry, if any: it does not move the ICPC's due date
 * @param completedBy the social worker who completed it, when recorded
 * @param endorsedOn  the day a team manager endorsed the outcome, from which it takes effect; null for an older event
 * @param endorsedBy  the manager who endorsed it; null for an older event
 */
public record Section47Completed(String laChildId, String referralId, LocalDate startedOn, LocalDate childSeenOn,
        LocalDate furtherStrategyOn, Section47Outcome outcome, AbuseCategory category, Section47Decision decision,
        LocalDate completedOn, LocalDate icpcDueOn, String team, String completedBy, LocalDate endorsedOn, String endorsedBy) {

    public static final String TYPE = "Section47Completed";

    public static Section47Completed from(JourneyEvent event) {
        LocalDate endorsedOn = event.date(S47_ENDORSED_DATE).orElse(null);
        return new Section47Completed(event.laChildId(), event.referralId(), event.date(S47_START_DATE).orElseThrow(
                () -> new IllegalArgumentException("A " + TYPE + " event must carry " + S47_START_DATE)),
                event.date(CHILD_SEEN_DATE).orElse(null), event.date(FURTHER_STRATEGY_DATE).orElse(null),
                Section47Outcome.valueOf(event.require(S47_OUTCOME)),
                event.text(S47_CATEGORY).map(AbuseCategory::valueOf).orElse(null),
                Section47Decision.valueOf(event.require(S47_DECISION)), event.date(S47_COMPLETED_DATE).orElse(event.occurredOn()),
                event.dueOn(), event.team(),
                // the event is published by the endorsing manager; before endorsement, by the worker who completed it
                event.text(S47_COMPLETED_BY).orElse(endorsedOn == null ? event.worker() : null), endorsedOn,
                endorsedOn == null ? null : event.worker());
    }

    /** The day the outcome took effect: the manager's endorsement, or the completion for an event recorded before endorsement. */
    public LocalDate effectiveOn() {
        return endorsedOn != null ? endorsedOn : completedOn;
    }
}
