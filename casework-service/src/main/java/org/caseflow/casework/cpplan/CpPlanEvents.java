package org.caseflow.casework.cpplan;

import java.time.LocalDate;
import java.util.Set;
import org.caseflow.casework.chronology.Ordinals;
import org.caseflow.casework.chronology.VisitWords;
import org.caseflow.casework.cpplan.rules.PlanSequence.Place;
import org.caseflow.casework.episode.EpisodeRecords;
import org.caseflow.casework.feed.CaseRecordHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childprotection.CoreGroupHeld;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.childprotection.CpPlanWorkDue;
import org.caseflow.journey.events.childprotection.CpVisitMade;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.ReviewConferenceHeld;
import org.springframework.stereotype.Component;

/**
 * The child protection plan's events: the plan started, its core groups, visits and review
 * conferences, and each piece of its recurring work falling due again. A review conference that
 * decides to end the plan ends it that day; there is no other end.
 */
@Component
class CpPlanEvents implements CaseRecordHandler {

    private final CpPlanRecords records;
    private final CpPlans plans;
    private final EpisodeRecords episodes;

    CpPlanEvents(CpPlanRecords records, CpPlans plans, EpisodeRecords episodes) {
        this.records = records;
        this.plans = plans;
        this.episodes = episodes;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CpPlanStarted.TYPE, CoreGroupHeld.TYPE, CpVisitMade.TYPE, ReviewConferenceHeld.TYPE,
                CpPlanWorkDue.VISIT_DUE, CpPlanWorkDue.CORE_GROUP_DUE, CpPlanWorkDue.REVIEW_CONFERENCE_DUE);
    }

    @Override
    public String apply(JourneyEvent event) {
        return switch (event.type()) {
            case CpPlanStarted.TYPE -> started(CpPlanStarted.from(event));
            case CoreGroupHeld.TYPE -> coreGroupHeld(event);
            case CpVisitMade.TYPE -> visitMade(event);
            case ReviewConferenceHeld.TYPE -> reviewHeld(event);
            case CpPlanWorkDue.VISIT_DUE, CpPlanWorkDue.CORE_GROUP_DUE, CpPlanWorkDue.REVIEW_CONFERENCE_DUE -> workDue(event);
            default -> throw new IllegalArgumentException("Not a child protection plan event: " + event.type());
        };
    }

    private String started(CpPlanStarted plan) {
        records.started(plan);
        String lead = plan.leadSocialWorker() == null ? "no lead social worker recorded" : "lead social worker " + plan.leadSocialWorker();
        String team = plan.team() == null ? "" : " (" + plan.team() + ")";
        return "Child protection plan " + plan.cpPlanId() + " started under the category of " + plan.category().label() + ", "
                + lead + team + "." + firstDue(plan) + " " + placeInWords(plans.placeOf(plan.laChildId(), plan.cpPlanId()));
    }

    private static String firstDue(CpPlanStarted plan) {
        StringBuilder due = new StringBuilder();
        appendDue(due, "first core group", plan.firstCoreGroupDueOn());
        appendDue(due, "first visit", plan.firstVisitDueOn());
        appendDue(due, "first review conference", plan.firstReviewConferenceDueOn());
        return due.isEmpty() ? "" : " Due: " + due + ".";
    }

    private static void appendDue(StringBuilder due, String what, LocalDate on) {
        if (on != null) {
            due.append(due.isEmpty() ? "" : ", ").append(what).append(" by ").append(on);
        }
    }

    /** Says whether this is a repeat plan, as the record knew it when the plan started. */
    static String placeInWords(Place place) {
        if (!place.repeat()) {
            return "It is the child's first child protection plan.";
        }
        String which = "It is the child's " + Ordinals.of(place.number()) + " child protection plan, a repeat plan: ";
        if (place.previousPlanEndedOn() == null) {
            return which + "no end is recorded for the plan before it.";
        }
        return which + "the previous plan ended on " + place.previousPlanEndedOn() + ", "
                + (place.withinTwoYearsOfPreviousPlan() ? "within" : "more than") + " 2 years before.";
    }

    private String coreGroupHeld(JourneyEvent event) {
        CoreGroupHeld coreGroup = CoreGroupHeld.from(event);
        records.coreGroupHeld(event.eventId(), coreGroup);
        return "Core group meeting held for child protection plan " + coreGroup.cpPlanId() + "."
                + VisitWords.againstDue("Held", coreGroup.heldOn(), coreGroup.dueOn());
    }

    private String visitMade(JourneyEvent event) {
        CpVisitMade visit = CpVisitMade.from(event);
        records.visitMade(event.eventId(), event.position(), visit);
        String by = visit.visitedBy() == null ? "" : " by " + visit.visitedBy();
        return "Child protection visit for plan " + visit.cpPlanId() + by + ": " + VisitWords.childSeen(visit.childSeen(),
                visit.childSeenAlone()) + "." + VisitWords.timeliness(visit.childSeen(), visit.visitedOn(), visit.dueOn());
    }

    private String reviewHeld(JourneyEvent event) {
        ReviewConferenceHeld review = ReviewConferenceHeld.from(event);
        records.reviewHeld(event.eventId(), review);
        String said = "Child protection review conference for plan " + review.cpPlanId() + ": " + review.decision().label()
                + (review.endsThePlan() && review.endReason() != null ? " (" + review.endReason().label() + ")" : "") + "."
                + VisitWords.againstDue("Held", review.heldOn(), review.dueOn());
        if (!review.endsThePlan()) {
            return said;
        }
        return said + " The plan ended on " + review.heldOn() + "." + episodeAfter(event, review);
    }

    /**
     * A plan ended in no further action, a step down to Early Help or a move away ends its episode's
     * involvement too; a child who became looked after stays in it, for the period of care.
     */
    private String episodeAfter(JourneyEvent event, ReviewConferenceHeld review) {
        PlanEndReason reason = review.endReason();
        boolean closesTheCase = reason == PlanEndReason.NO_FURTHER_ACTION || reason == PlanEndReason.MOVED_AWAY
                || reason == PlanEndReason.STEP_DOWN_TO_EARLY_HELP;
        String referralId = records.referralOf(review.cpPlanId()).orElse(null);
        if (reason == PlanEndReason.BECAME_LOOKED_AFTER && referralId != null) {
            // the period of care arrives by the looked-after journey's own event
            return " The child became looked after: the period of care follows in referral " + referralId
                    + ", whose child in need episode stays open.";
        }
        if (!closesTheCase || referralId == null) {
            return "";
        }
        // the Early Help episode a step down starts arrives by its own journey's event
        String stepDown = reason == PlanEndReason.STEP_DOWN_TO_EARLY_HELP
                ? " Stepped down from child protection plan " + review.cpPlanId() + " to Early Help." : "";
        boolean closed = episodes.closeUnlessStillAssessing(event.eventId(), referralId, review.heldOn(),
                "CP_PLAN_ENDED_" + reason.name());
        if (!closed) {
            return stepDown + " Referral " + referralId + "'s child in need episode stays open while its assessment continues.";
        }
        return stepDown + " Referral " + referralId + "'s child in need episode was closed.";
    }

    private String workDue(JourneyEvent event) {
        CpPlanWorkDue due = CpPlanWorkDue.from(event);
        if (due.dueOn() == null || due.countedFrom() == null) {
            throw new IllegalArgumentException("A " + event.type() + " event must give the date counted from and the due date; event "
                    + event.eventId() + " does not");
        }
        records.workDue(due);
        String what = switch (due.work()) {
            case VISIT -> "child protection visit";
            case CORE_GROUP -> "core group meeting";
            case REVIEW_CONFERENCE -> "review conference";
        };
        return "Next " + what + " for child protection plan " + due.cpPlanId() + " due by " + due.dueOn() + ", counted from "
                + due.countedFrom() + ".";
    }
}
