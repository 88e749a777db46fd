package org.caseflow.casework.childinneed;

import java.util.Set;
import org.caseflow.casework.chronology.VisitWords;
import org.caseflow.casework.episode.EpisodeRecords;
import org.caseflow.casework.feed.CaseRecordHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childinneed.CinPlanOrigin;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childinneed.CinPlanWorkDue;
import org.caseflow.journey.events.childinneed.CinReviewHeld;
import org.caseflow.journey.events.childinneed.CinVisitMade;
import org.springframework.stereotype.Component;

/**
 * The child in need plan's events: the plan started in a referral's episode, its visits and
 * reviews, and each falling due again. A review that decides to end the plan ends it that day, and
 * where the child goes decides the episode: no further action, a move away or a step down to Early
 * Help close it (unless its assessment is still open); a step up to child protection, or the child
 * becoming looked after, leaves it open, as the work that follows (child protection, or the period of
 * care) sits in the same referral.
 */
@Component
class ChildInNeedEvents implements CaseRecordHandler {

    private final CinPlanRecords records;
    private final EpisodeRecords episodes;

    ChildInNeedEvents(CinPlanRecords records, EpisodeRecords episodes) {
        this.records = records;
        this.episodes = episodes;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CinPlanStarted.TYPE, CinVisitMade.TYPE, CinReviewHeld.TYPE, CinPlanWorkDue.VISIT_DUE,
                CinPlanWorkDue.REVIEW_DUE);
    }

    @Override
    public String apply(JourneyEvent event) {
        return switch (event.type()) {
            case CinPlanStarted.TYPE -> started(event, CinPlanStarted.from(event));
            case CinVisitMade.TYPE -> visitMade(event, CinVisitMade.from(event));
            case CinReviewHeld.TYPE -> reviewHeld(event, CinReviewHeld.from(event));
            case CinPlanWorkDue.VISIT_DUE, CinPlanWorkDue.REVIEW_DUE -> workDue(event, CinPlanWorkDue.from(event));
            default -> throw new IllegalArgumentException("Not a child in need plan event: " + event.type());
        };
    }

    /** Every child in need plan sits in a referral's episode, which the event must name. */
    private String started(JourneyEvent event, CinPlanStarted plan) {
        if (plan.referralId() == null || plan.startedOn() == null) {
            throw new IllegalArgumentException("A " + event.type() + " event must name its referral and its start date; event "
                    + event.eventId() + " does not");
        }
        records.started(plan);
        String lead = plan.leadWorker() == null ? "no lead social worker recorded" : "lead social worker " + plan.leadWorker();
        String team = plan.team() == null ? "" : " (" + plan.team() + ")";
        return opening(plan) + ", " + lead + team + "." + firstDue(plan);
    }

    /** A plan made by stepping a child protection plan down says so, from which plan to which. */
    private String opening(CinPlanStarted plan) {
        if (plan.origin() == CinPlanOrigin.CP_PLAN_STEP_DOWN) {
            String from = records.childProtectionPlanSteppedDownFrom(plan).map(id -> "child protection plan " + id)
                    .orElse("a child protection plan");
            return "Stepped down from " + from + " to child in need plan " + plan.cinPlanId() + " (referral " + plan.referralId() + ")";
        }
        return "Child in need plan " + plan.cinPlanId() + " started for referral " + plan.referralId() + " after "
                + plan.origin().label();
    }

    private static String firstDue(CinPlanStarted plan) {
        StringBuilder due = new StringBuilder();
        if (plan.firstVisitDueOn() != null) {
            due.append("first visit by ").append(plan.firstVisitDueOn());
        }
        if (plan.firstReviewDueOn() != null) {
            due.append(due.isEmpty() ? "" : ", ").append("first review by ").append(plan.firstReviewDueOn());
        }
        return due.isEmpty() ? "" : " Due: " + due + ".";
    }

    private String visitMade(JourneyEvent event, CinVisitMade visit) {
        records.visitMade(event.eventId(), event.position(), visit);
        String by = visit.visitedBy() == null ? "" : " by " + visit.visitedBy();
        return "Child in need visit for plan " + visit.cinPlanId() + by + ": " + VisitWords.childSeen(visit.childSeen(),
                visit.childSeenAlone()) + "." + VisitWords.timeliness(visit.childSeen(), visit.visitedOn(), visit.dueOn());
    }

    private String reviewHeld(JourneyEvent event, CinReviewHeld review) {
        records.reviewHeld(event.eventId(), review);
        String said = "Child in need review for plan " + review.cinPlanId() + ": " + review.decision().label()
                + (review.endsThePlan() && review.endReason() != null ? " (" + review.endReason().label() + ")" : "") + "."
                + VisitWords.againstDue("Held", review.heldOn(), review.dueOn());
        if (!review.endsThePlan()) {
            return said;
        }
        return said + " The plan ended on " + review.heldOn() + "." + whereTheChildWent(event, review);
    }

    /** Where from and where to, and what that does to the referral's episode. */
    private String whereTheChildWent(JourneyEvent event, CinReviewHeld review) {
        CinPlanEndReason reason = review.endReason();
        if (reason == null) {
            return "";
        }
        String referralId = records.referralOf(review.cinPlanId()).orElseThrow();
        if (reason == CinPlanEndReason.STEP_UP_TO_CHILD_PROTECTION) {
            return " Stepped up from child in need plan " + review.cinPlanId() + " to child protection: a strategy discussion"
                    + " follows in referral " + referralId + ", whose child in need episode stays open.";
        }
        if (reason == CinPlanEndReason.BECAME_LOOKED_AFTER) {
            // the period of care arrives by the looked-after journey's own event
            return " The child became looked after: the period of care follows in referral " + referralId
                    + ", whose child in need episode stays open.";
        }
        // the Early Help episode a step down starts arrives by its own journey's event
        String stepDown = reason == CinPlanEndReason.STEP_DOWN_TO_EARLY_HELP
                ? " Stepped down from child in need plan " + review.cinPlanId() + " to Early Help." : "";
        boolean closed = episodes.closeUnlessStillAssessing(event.eventId(), referralId, review.heldOn(),
                "CIN_PLAN_ENDED_" + reason.name());
        return stepDown + " Referral " + referralId + "'s child in need episode "
                + (closed ? "was closed." : "stays open while its assessment continues.");
    }

    private String workDue(JourneyEvent event, CinPlanWorkDue due) {
        if (due.dueOn() == null || due.countedFrom() == null) {
            throw new IllegalArgumentException("A " + event.type() + " event must give the date counted from and the due date; event "
                    + event.eventId() + " does not");
        }
        records.workDue(due);
        String what = switch (due.work()) {
            case VISIT -> "child in need visit";
            case REVIEW -> "child in need review";
        };
        return "Next " + what + " for child in need plan " + due.cinPlanId() + " due by " + due.dueOn() + ", counted from "
                + due.countedFrom() + ".";
    }
}
