package org.caseflow.simulator.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.lookedafter.CareCeased;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.ClaReviewHeld;
import org.caseflow.journey.events.lookedafter.ClaVisitMade;
import org.caseflow.journey.events.lookedafter.ClaWorkDue;
import org.caseflow.journey.events.lookedafter.Placement;
import org.caseflow.journey.events.lookedafter.PlacementChanged;

/**
 * Periods of care with their placements, visits, visit clocks and reviews: kpi-service's lookedafter feature. A
 * period's placements, visits and reviews refer to it, so it is written as it starts; its end is kept and applied
 * once all rows are in ({@link #ceased()}). The period's social worker holds the child's case from its start.
 */
final class LookedAfterRows implements FactRows {

    /** A period's end, for the update that closes it. */
    record Ceased(String claPeriodId, LocalDate ceasedOn, String reason) {
    }

    private final FactTables tables;
    private final Allocations allocations;
    private final List<Ceased> ceased = new ArrayList<>();

    LookedAfterRows(FactTables tables, Allocations allocations) {
        this.tables = tables;
        this.allocations = allocations;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CareStarted.TYPE, PlacementChanged.TYPE, ClaVisitMade.TYPE, ClaWorkDue.VISIT_DUE, ClaReviewHeld.TYPE, CareCeased.TYPE);
    }

    @Override
    public void write(JourneyEvent event) {
        switch (event.type()) {
            case CareStarted.TYPE -> {
                CareStarted care = CareStarted.from(event);
                tables.carePeriods.row(care.claPeriodId(), care.laChildId(), care.referralId(), care.startedOn(), care.firstReviewDueOn(),
                        care.entryRoute().name(), care.legalStatus().name(), care.categoryOfNeed().name(), null, null);
                placement(event, care.claPeriodId(), care.firstPlacement(), null, null);
                allocations.record(event, care.laChildId(), care.socialWorker(), care.startedOn());
            }
            case PlacementChanged.TYPE -> {
                PlacementChanged change = PlacementChanged.from(event);
                placement(event, change.claPeriodId(), change.placement(), change.reason().name(), change.visitDueOn());
            }
            case ClaVisitMade.TYPE -> {
                ClaVisitMade visit = ClaVisitMade.from(event);
                tables.careVisits.row(event.eventId(), visit.claPeriodId(), visit.laChildId(), visit.visitedOn(), visit.dueOn(),
                        visit.childSeen(), visit.childSeenAlone());
            }
            case ClaWorkDue.VISIT_DUE -> {
                ClaWorkDue due = ClaWorkDue.from(event);
                tables.careVisitsDue.row(event.eventId(), due.claPeriodId(), due.countedFrom(), due.dueOn());
            }
            case ClaReviewHeld.TYPE -> {
                ClaReviewHeld review = ClaReviewHeld.from(event);
                tables.careReviews.row(event.eventId(), review.claPeriodId(), review.laChildId(), review.heldOn(), review.dueOn());
            }
            case CareCeased.TYPE -> {
                CareCeased end = CareCeased.from(event);
                ceased.add(new Ceased(end.claPeriodId(), end.ceasedOn(), end.reason().name()));
            }
            default -> throw new IllegalArgumentException("Not a looked-after event: " + event.type());
        }
    }

    /** The periods of care that ended, to be closed once every row is in. */
    List<Ceased> ceased() {
        return List.copyOf(ceased);
    }

    private void placement(JourneyEvent event, String claPeriodId, Placement placement, String reason, LocalDate visitDueOn) {
        tables.placements.row(event.eventId(), event.position(), claPeriodId, placement.startedOn(), placement.type().name(),
                placement.provider().name(), placement.untilEighteen(), placement.emergency(), reason, visitDueOn);
    }
}
