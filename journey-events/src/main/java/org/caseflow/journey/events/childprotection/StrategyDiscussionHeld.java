package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CONCERN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_EDUCATION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_HEALTH;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_OTHERS;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_POLICE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_RATIONALE;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A strategy discussion was held (task {@code HoldStrategyDiscussion}).
 *
 * @param heldOn the day it was held: a section 47 enquiry it decides on starts that day
 * @param dueOn  its due date (local rule T2), from the decision to hold one
 */
public record StrategyDiscussionHeld(String laChildId, String referralId, LocalDate heldOn, LocalDate dueOn, boolean police,
        boolean health, boolean education, String others, AbuseCategory concern, StrategyDecision decision, String rationale,
        String team, String recordedBy) {

    public static final String TYPE = "StrategyDiscussionHeld";

    public static StrategyDiscussionHeld from(JourneyEvent event) {
        return new StrategyDiscussionHeld(event.laChildId(), event.referralId(), event.occurredOn(), event.dueOn(),
                event.flag(STRATEGY_POLICE), event.flag(STRATEGY_HEALTH), event.flag(STRATEGY_EDUCATION),
                event.text(STRATEGY_OTHERS).orElse(null), AbuseCategory.valueOf(event.require(CONCERN_CATEGORY)),
                StrategyDecision.valueOf(event.require(STRATEGY_DECISION)), event.text(STRATEGY_RATIONALE).orElse(""),
                event.team(), event.worker());
    }
}
