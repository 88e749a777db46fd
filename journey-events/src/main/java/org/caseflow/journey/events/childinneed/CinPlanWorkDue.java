package org.caseflow.journey.events.childinneed;

import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ID;

import java.time.LocalDate;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;

/**
 * The next visit or review of a child in need plan fell due: published when its clock starts again
 * from the last one actually made, so that the case record can show what is due next.
 *
 * @param countedFrom the date the last one was actually made
 */
public record CinPlanWorkDue(String cinPlanId, String laChildId, Work work, LocalDate countedFrom, LocalDate dueOn) {

    public enum Work { VISIT, REVIEW }

    public static final String VISIT_DUE = "CinVisitDue";
    public static final String REVIEW_DUE = "CinReviewDue";
    private static final Map<String, Work> WORK_BY_TYPE = Map.of(VISIT_DUE, Work.VISIT, REVIEW_DUE, Work.REVIEW);

    public static CinPlanWorkDue from(JourneyEvent event) {
        Work work = WORK_BY_TYPE.get(event.type());
        if (work == null) {
            throw new IllegalArgumentException(event.type() + " is not a type of child in need plan work falling due");
        }
        return new CinPlanWorkDue(event.require(CIN_PLAN_ID), event.laChildId(), work, event.occurredOn(), event.dueOn());
    }
}
