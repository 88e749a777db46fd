package org.caseflow.journey.events.earlyhelp;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_CLOSURE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REVIEW_DECISION;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_REASON;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A team-around-the-family review was held (task {@code HoldFamilyReview}), due by local rule T25:
 * the plan goes on, the episode closes ({@code closure}), or Early Help asks social care to step up
 * ({@code stepUpReason}; the episode stays open until the front door decides).
 */
public record EarlyHelpReviewHeld(String ehEpisodeId, String laChildId, LocalDate heldOn, LocalDate dueOn,
        EarlyHelpReviewDecision decision, EarlyHelpClosure closure, String stepUpReason) {

    public static final String TYPE = "EarlyHelpReviewHeld";

    public static EarlyHelpReviewHeld from(JourneyEvent event) {
        return new EarlyHelpReviewHeld(event.require(EH_EPISODE_ID), event.laChildId(), event.occurredOn(), event.dueOn(),
                EarlyHelpReviewDecision.valueOf(event.require(EH_REVIEW_DECISION)),
                event.text(EH_CLOSURE).map(EarlyHelpClosure::valueOf).orElse(null), event.text(STEP_UP_REASON).orElse(null));
    }

    public boolean inTime() {
        return dueOn == null || !heldOn.isAfter(dueOn);
    }
}
