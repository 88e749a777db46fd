package org.caseflow.journey.events.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_PERIOD_ID;

import java.time.LocalDate;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;

/**
 * The next statutory visit or review of a looked-after child fell due: published when its clock
 * starts again (from the last visit or review, or a new placement's start).
 *
 * @param countedFrom the date the clock counts from
 */
public record ClaWorkDue(String claPeriodId, String laChildId, Work work, LocalDate countedFrom, LocalDate dueOn) {

    public enum Work { VISIT, REVIEW }

    public static final String VISIT_DUE = "ClaVisitDue";
    public static final String REVIEW_DUE = "ClaReviewDue";
    private static final Map<String, Work> WORK_BY_TYPE = Map.of(VISIT_DUE, Work.VISIT, REVIEW_DUE, Work.REVIEW);

    public static ClaWorkDue from(JourneyEvent event) {
        Work work = WORK_BY_TYPE.get(event.type());
        if (work == null) {
            throw new IllegalArgumentException(event.type() + " is not a type of looked-after work falling due");
        }
        return new ClaWorkDue(event.require(CLA_PERIOD_ID), event.laChildId(), work, event.occurredOn(), event.dueOn());
    }
}
