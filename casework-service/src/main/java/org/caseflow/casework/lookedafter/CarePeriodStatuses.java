package org.caseflow.casework.lookedafter;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseflow.casework.allocation.CurrentAllocations;
import org.caseflow.casework.child.LookedAfterStatus;
import org.caseflow.casework.child.LookedAfterStatus.CurrentPeriod;
import org.caseflow.casework.child.LookedAfterStatus.LastVisit;
import org.caseflow.casework.child.LookedAfterStatuses;
import org.caseflow.casework.lookedafter.CarePeriods.Row;
import org.caseflow.casework.recurringwork.LastVisits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a child stands with being looked after, for the child's summary: the period of care they
 * are in, if any (the latest started that has not ended), where they live, the last visit and
 * review, and what is due next.
 */
@Component
class CarePeriodStatuses implements LookedAfterStatuses {

    private final CarePeriods periods;
    private final LastVisits lastVisits;
    private final CurrentAllocations allocations;

    CarePeriodStatuses(CarePeriods periods, JdbcClient jdbc, CurrentAllocations allocations) {
        this.periods = periods;
        this.lastVisits = new LastVisits(jdbc, "cla_visit", "cla_period_id");
        this.allocations = allocations;
    }

    @Override
    public LookedAfterStatus of(String laChildId) {
        List<Row> rows = periods.rows(laChildId);
        if (rows.isEmpty()) {
            return LookedAfterStatus.NEVER_LOOKED_AFTER;
        }
        List<Row> ended = rows.stream().filter(row -> row.endedOn() != null).toList();
        LocalDate lastEndedOn = ended.stream().map(Row::endedOn).max(LocalDate::compareTo).orElse(null);
        Optional<CurrentPeriod> current = rows.stream().filter(row -> row.endedOn() == null).reduce((earlier, later) -> later)
                .map(this::currentPeriod);
        return new LookedAfterStatus(current.isPresent(), current.orElse(null), ended.size(), lastEndedOn);
    }

    private CurrentPeriod currentPeriod(Row period) {
        LookedAfterStatus.Placement placement = periods.currentPlacement(period.claPeriodId())
                .map(row -> new LookedAfterStatus.Placement(CareCodes.placementType(row.placementType()),
                        CareCodes.provider(row.provider()), row.postcodeDistrict(), row.startedOn(), row.untilEighteen()))
                .orElse(null);
        // the looked-after journey names the worker a manager reallocates the case to as the child's social worker
        String socialWorker = allocations.caseWorkerSince(period.laChildId(), period.startedOn()).orElse(period.socialWorker());
        return new CurrentPeriod(period.claPeriodId(), period.startedOn(), CareCodes.legalStatus(period.legalStatus()),
                period.shortBreaksOnly(), CareCodes.categoryOfNeed(period.categoryOfNeed()), period.team(), socialWorker, placement,
                lastVisits.of(period.claPeriodId(), LastVisit.class).orElse(null), period.nextVisitDueOn(),
                periods.lastReviewOn(period.claPeriodId()).orElse(null), period.nextReviewDueOn());
    }
}
