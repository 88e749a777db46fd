package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.FURTHER_STRATEGY_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_OUTCOME;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_START_DATE;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A section 47 enquiry was completed (task {@code CompleteSection47Enquiry}).
 *
 * @param startedOn   the day of the strategy discussion that initiated it (CIN census S47ActualStartDate)
 * @param completedOn the day it was completed
 * @param icpcDueOn   the initial conference's due date (rule T4), from {@code startedOn}
 * @param category    the category of abuse or neglect found; null when not substantiated
 * @param furtherStrategyOn a later strategy discussion during the enquiry, if any: it does not move the ICPC's due date
 */
public record Section47Completed(String laChildId, String referralId, LocalDate startedOn, LocalDate childSeenOn,
        LocalDate furtherStrategyOn, Section47Outcome outcome, AbuseCategory category, Section47Decision decision,
        LocalDate completedOn, LocalDate icpcDueOn, String team, String completedBy) {

    public static final String TYPE = "Section47Completed";

    public static Section47Completed from(JourneyEvent event) {
        return new Section47Completed(event.laChildId(), event.referralId(), event.date(S47_START_DATE).orElseThrow(
                () -> new IllegalArgumentException("A " + TYPE + " event must carry " + S47_START_DATE)),
                event.date(CHILD_SEEN_DATE).orElse(null), event.date(FURTHER_STRATEGY_DATE).orElse(null),
                Section47Outcome.valueOf(event.require(S47_OUTCOME)),
                event.text(S47_CATEGORY).map(AbuseCategory::valueOf).orElse(null),
                Section47Decision.valueOf(event.require(S47_DECISION)), event.occurredOn(), event.dueOn(), event.team(),
                event.worker());
    }
}
