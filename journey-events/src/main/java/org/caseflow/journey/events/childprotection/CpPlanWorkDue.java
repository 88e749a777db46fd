package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CP_PLAN_ID;

import java.time.LocalDate;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;

/**
 * The next piece of a plan's recurring work fell due: published when its clock starts again from
 * the last occurrence actually held (a visit, a core group, a review conference), so that the case
 * record can show what is due next.
 *
 * @param countedFrom the date the last one was actually held
 */
public record CpPlanWorkDue(String cpPlanId, String laChildId, Work work, LocalDate countedFrom, LocalDate dueOn) {

    public enum Work { VISIT, CORE_GROUP, REVIEW_CONFERENCE }

    public static final String VISIT_DUE = "CpVisitDue";
    public static final String CORE_GROUP_DUE = "CoreGroupDue";
    public static final String REVIEW_CONFERENCE_DUE = "ReviewConferenceDue";
    private static final Map<String, Work> WORK_BY_TYPE = Map.of(VISIT_DUE, Work.VISIT, CORE_GROUP_DUE, Work.CORE_GROUP,
            REVIEW_CONFERENCE_DUE, Work.REVIEW_CONFERENCE);

    public static CpPlanWorkDue from(JourneyEvent event) {
        Work work = WORK_BY_TYPE.get(event.type());
        if (work == null) {
            throw new IllegalArgumentException(event.type() + " is not a type of plan work falling due");
        }
        return new CpPlanWorkDue(event.require(CP_PLAN_ID), event.laChildId(), work, event.occurredOn(), event.dueOn());
    }
}
