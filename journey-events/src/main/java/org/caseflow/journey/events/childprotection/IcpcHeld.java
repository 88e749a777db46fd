package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_CHAIR;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_LATE_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.LEAD_SOCIAL_WORKER;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_START_DATE;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * An initial child protection conference was held (task {@code HoldInitialConference}).
 *
 * @param s47StartedOn the initiating strategy discussion's date, from which its timescale (T4) runs
 * @param dueOn        its due date: 15 working days after {@code s47StartedOn}
 * @param category     for a plan, the category of abuse or neglect it is under
 */
public record IcpcHeld(String laChildId, String referralId, LocalDate s47StartedOn, LocalDate heldOn, LocalDate dueOn,
        String chair, IcpcDecision decision, AbuseCategory category, String leadSocialWorker, String lateReason, String team) {

    public static final String TYPE = "IcpcHeld";

    public static IcpcHeld from(JourneyEvent event) {
        return new IcpcHeld(event.laChildId(), event.referralId(), event.date(S47_START_DATE).orElseThrow(
                () -> new IllegalArgumentException("An " + TYPE + " event must carry " + S47_START_DATE)),
                event.occurredOn(), event.dueOn(), event.text(ICPC_CHAIR).orElse(null),
                IcpcDecision.valueOf(event.require(ICPC_DECISION)), event.text(PLAN_CATEGORY).map(AbuseCategory::valueOf).orElse(null),
                event.text(LEAD_SOCIAL_WORKER).orElse(null), event.text(ICPC_LATE_REASON).orElse(null), event.team());
    }

    /** Held on or before its due date (rule T4), judged by the business date. */
    public boolean inTime() {
        return dueOn == null || !heldOn.isAfter(dueOn);
    }
}
