package org.caseflow.casework.lookedafter;

import java.util.List;
import java.util.Set;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.casework.chronology.Ordinals;
import org.caseflow.casework.chronology.TimescaleWords;
import org.caseflow.casework.chronology.VisitWords;
import org.caseflow.casework.episode.EpisodeRecords;
import org.caseflow.casework.feed.CaseRecordHandler;
import org.caseflow.casework.lookedafter.CarePeriodRecords.EpisodeOfCare;
import org.caseflow.casework.lookedafter.CarePeriodRecords.PlacementRow;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.lookedafter.CareCeased;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.ClaReviewHeld;
import org.caseflow.journey.events.lookedafter.ClaVisitMade;
import org.caseflow.journey.events.lookedafter.ClaWorkDue;
import org.caseflow.journey.events.lookedafter.Placement;
import org.caseflow.journey.events.lookedafter.PlacementChanged;
import org.caseflow.journey.events.lookedafter.PlacementPlanAgreed;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.springframework.stereotype.Component;

/**
 * The looked-after journey's events: a period of care started (in the episode of the referral it
 * came from, or for a direct entry in an episode of its own), the child's placements and the plans
 * of emergency ones, statutory visits and reviews, each falling due again, and the period ending.
 * The period's episode ends with it: a direct entry's always; a referral's unless other work is still
 * open in it. Events for a period the record does not hold are refused, and set aside.
 */
@Component
class LookedAfterEvents implements CaseRecordHandler {

    private final CarePeriodRecords records;
    private final CarePeriods periods;
    private final EpisodeRecords episodes;

    LookedAfterEvents(CarePeriodRecords records, CarePeriods periods, EpisodeRecords episodes) {
        this.records = records;
        this.periods = periods;
        this.episodes = episodes;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CareStarted.TYPE, PlacementChanged.TYPE, PlacementPlanAgreed.TYPE, ClaVisitMade.TYPE, ClaReviewHeld.TYPE,
                ClaWorkDue.VISIT_DUE, ClaWorkDue.REVIEW_DUE, CareCeased.TYPE);
    }

    @Override
    public String apply(JourneyEvent event) {
        return switch (event.type()) {
            case CareStarted.TYPE -> started(event, CareStarted.from(event));
            case PlacementChanged.TYPE -> placementChanged(event, PlacementChanged.from(event));
            case PlacementPlanAgreed.TYPE -> planAgreed(event, PlacementPlanAgreed.from(event));
            case ClaVisitMade.TYPE -> visitMade(event, ClaVisitMade.from(event));
            case ClaReviewHeld.TYPE -> reviewHeld(event, ClaReviewHeld.from(event));
            case ClaWorkDue.VISIT_DUE, ClaWorkDue.REVIEW_DUE -> workDue(event, ClaWorkDue.from(event));
            case CareCeased.TYPE -> ceased(event, CareCeased.from(event));
            default -> throw new IllegalArgumentException("Not a looked-after event: " + event.type());
        };
    }

    private String started(JourneyEvent event, CareStarted care) {
        required(care.startedOn() != null, event, "its start date");
        boolean directEntry = care.referralId() == null;
        if (directEntry) {
            episodes.openForDirectEntryToCare(care.claPeriodId(), care.laChildId(), care.startedOn(), care.team());
        }
        records.started(event.eventId(), event.position(), care, directEntry ? care.claPeriodId() : care.referralId());
        String episode = directEntry ? ", a direct entry with no referral, in a child in need episode of its own"
                : ", in referral " + care.referralId() + "'s child in need episode";
        String team = care.team() == null ? "no team recorded" : care.team();
        String worker = care.socialWorker() == null ? "no social worker recorded" : "social worker " + care.socialWorker();
        String firstReview = care.firstReviewDueOn() == null ? "" : " First review due by " + care.firstReviewDueOn() + ".";
        String shortBreaks = care.legalStatus().isShortBreaks()
                ? " Looked after only under an agreed series of short breaks: not counted among children looked after." : "";
        return "Started to be looked after " + CareWords.legalStatus(care.legalStatus()) + ": period of care " + care.claPeriodId()
                + episode + "; route into care: " + care.entryRoute().label() + ". Category of need: "
                + CareWords.categoryOfNeed(care.categoryOfNeed()) + ". Held by " + team + ", " + worker + ". First placement: "
                + CareWords.placement(care.firstPlacement()) + "." + aboutThePlacement(care.firstPlacement()) + firstReview
                + shortBreaks + " " + whichPeriod(care);
    }

    /** Says whether this is the child's first period of care, as the record knew it when the period started. */
    private String whichPeriod(CareStarted care) {
        List<CarePeriods.Row> rows = periods.rows(care.laChildId());
        int index = 0;
        while (index < rows.size() && !rows.get(index).claPeriodId().equals(care.claPeriodId())) {
            index++;
        }
        if (index == 0) {
            return "It is the child's first period of care.";
        }
        CarePeriods.Row previous = rows.get(index - 1);
        return "It is the child's " + Ordinals.of(index + 1) + " period of care; " + (previous.endedOn() == null
                ? "the previous one, " + previous.claPeriodId() + ", has not ended." : "the previous one ended on " + previous.endedOn() + ".");
    }

    /** An emergency placement's plan is due within 5 working days (T20); one meant to last until 18 changes how often visits are due (T14). */
    private static String aboutThePlacement(Placement placement) {
        String untilEighteen = placement.untilEighteen() ? " It is meant to last until the child is 18." : "";
        String emergency = placement.emergency() ? " An emergency placement: its placement plan is due within "
                + TimescaleWords.limitOf(StatutoryTimescale.EMERGENCY_PLACEMENT_PLAN) + "." : "";
        return untilEighteen + emergency;
    }

    private String placementChanged(JourneyEvent event, PlacementChanged change) {
        records.placementChanged(event.eventId(), event.position(), change);
        Placement placement = change.placement();
        String from = placement.startedOn().equals(event.occurredOn()) ? "" : " The placement started on " + placement.startedOn() + ".";
        String visit = change.visitDueOn() == null ? "" : " Visit due by " + change.visitDueOn() + ".";
        return "Moved to " + CareWords.placement(placement) + ": " + CareWords.changeReason(change.reason()) + "." + from
                + aboutThePlacement(placement) + visit + " Period of care " + change.claPeriodId() + ".";
    }

    private String planAgreed(JourneyEvent event, PlacementPlanAgreed plan) {
        PlacementRow placement = records.planAgreed(event.eventId(), plan);
        String which = (placement.emergency() ? "the emergency placement in " : "the placement in ")
                + CareWords.placementType(PlacementType.valueOf(placement.placementType())) + " from " + placement.startedOn();
        return "Placement plan agreed for " + which + ", period of care " + plan.claPeriodId() + "."
                + VisitWords.againstDue("Agreed", plan.agreedOn(), plan.dueOn());
    }

    private String visitMade(JourneyEvent event, ClaVisitMade visit) {
        records.visitMade(event.eventId(), event.position(), visit);
        String by = visit.visitedBy() == null ? "" : " by " + visit.visitedBy();
        return "Looked-after child visit for period of care " + visit.claPeriodId() + by + ": "
                + VisitWords.childSeen(visit.childSeen(), visit.childSeenAlone()) + "."
                + VisitWords.timeliness(visit.childSeen(), visit.visitedOn(), visit.dueOn());
    }

    private String reviewHeld(JourneyEvent event, ClaReviewHeld review) {
        records.reviewHeld(event.eventId(), review);
        return "Looked-after child review for period of care " + review.claPeriodId() + ", chaired by independent reviewing officer "
                + review.independentReviewingOfficer() + "." + VisitWords.againstDue("Held", review.heldOn(), review.dueOn());
    }

    private String workDue(JourneyEvent event, ClaWorkDue due) {
        required(due.dueOn() != null && due.countedFrom() != null, event, "the date counted from and the due date");
        records.workDue(due);
        String what = switch (due.work()) {
            case VISIT -> "looked-after child visit";
            case REVIEW -> "looked-after child review";
        };
        return "Next " + what + " for period of care " + due.claPeriodId() + " due by " + due.dueOn() + ", counted from "
                + due.countedFrom() + ".";
    }

    /** The period ends that day, and with it a direct entry's episode; a referral's, unless other work is open in it. */
    private String ceased(JourneyEvent event, CareCeased ceased) {
        required(ceased.ceasedOn() != null, event, "the date care ceased");
        EpisodeOfCare episode = records.ceased(ceased);
        String reason = "CARE_CEASED_" + ceased.reason().name();
        String said = "Stopped being looked after: " + CareWords.reasonCeased(ceased.reason()) + ". Period of care "
                + ceased.claPeriodId() + " ended on " + ceased.ceasedOn() + ".";
        if (episode.referralId() == null) {
            episodes.closeForEndOfCare(episode.episodeId(), ceased.ceasedOn(), reason);
            return said + " Its child in need episode was closed.";
        }
        boolean closed = episodes.closeAtEndOfCare(event.eventId(), episode.referralId(), ceased.ceasedOn(), reason);
        return said + " Referral " + episode.referralId() + "'s child in need episode "
                + (closed ? "was closed." : "stays open for the work still open in it.");
    }

    private static void required(boolean given, JourneyEvent event, String what) {
        if (!given) {
            throw new IllegalArgumentException("A " + event.type() + " event must give " + what + "; event " + event.eventId()
                    + " does not");
        }
    }
}
