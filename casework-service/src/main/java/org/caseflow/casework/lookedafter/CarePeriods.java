package org.caseflow.casework.lookedafter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseflow.casework.lookedafter.LookedAfterHistory.Period;
import org.caseflow.casework.lookedafter.LookedAfterHistory.Placement;
import org.caseflow.casework.lookedafter.LookedAfterHistory.PlacementPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a child's periods of care, for the summary, the history and the chronology's words. */
@Repository
public class CarePeriods {

    private final JdbcClient jdbc;

    CarePeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's periods of care as their table holds them, oldest first. */
    List<Row> rows(String laChildId) {
        return jdbc.sql("""
                        select cla_period_id, la_child_id, episode_id, referral_id, started_on, entry_route, legal_status,
                            short_breaks_only, category_of_need, team, social_worker, next_visit_due_on, next_review_due_on, ended_on,
                            reason_ceased
                        from cla_period where la_child_id = :child order by started_on, cla_period_id""")
                .param("child", laChildId).query(Row.class).list();
    }

    /** Every period of the child, oldest first, with its placements, visits and reviews. */
    public LookedAfterHistory history(String laChildId) {
        List<Row> rows = rows(laChildId);
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean open = row.endedOn() == null;
            periods.add(new Period(row.claPeriodId(), i + 1, row.referralId(), row.episodeId(), row.startedOn(),
                    CareCodes.entryRoute(row.entryRoute()), CareCodes.legalStatus(row.legalStatus()), row.shortBreaksOnly(),
                    CareCodes.categoryOfNeed(row.categoryOfNeed()), row.team(), row.socialWorker(), row.endedOn(),
                    CareCodes.reasonCeased(row.reasonCeased()), open ? row.nextVisitDueOn() : null, open ? row.nextReviewDueOn() : null,
                    placements(row), visits(row.claPeriodId()), reviews(row.claPeriodId())));
        }
        return new LookedAfterHistory(laChildId, periods);
    }

    /** The period's placements in order; each ends as the next starts, the last as the period ends. */
    private List<Placement> placements(Row period) {
        List<PlacementRow> rows = placementRows(period.claPeriodId());
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PlacementRow row = rows.get(i);
            LocalDate endedOn = i + 1 < rows.size() ? rows.get(i + 1).startedOn() : period.endedOn();
            PlacementPlan plan = row.planAgreedOn() == null ? null : new PlacementPlan(row.planAgreedOn(), row.planDueOn(),
                    row.planDueOn() == null || !row.planAgreedOn().isAfter(row.planDueOn()));
            placements.add(new Placement(row.startedOn(), endedOn, CareCodes.placementType(row.placementType()),
                    CareCodes.provider(row.provider()), row.postcodeDistrict(), row.untilEighteen(), row.emergency(),
                    CareCodes.changeReason(row.changeReason()), plan));
        }
        return placements;
    }

    /** The placement the child is in now, or was in last: the latest started (of two on one day, the one recorded later). */
    Optional<PlacementRow> currentPlacement(String claPeriodId) {
        List<PlacementRow> rows = placementRows(claPeriodId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }

    /** The latest review's date; empty before the first. */
    Optional<LocalDate> lastReviewOn(String claPeriodId) {
        return jdbc.sql("select held_on from cla_review where cla_period_id = :period order by held_on desc limit 1")
                .param("period", claPeriodId).query(LocalDate.class).optional();
    }

    private List<PlacementRow> placementRows(String claPeriodId) {
        // a plan agreed again for the same placement (it should not be) shows the first
        return jdbc.sql("""
                        select p.started_on, p.placement_type, p.provider, p.postcode_district, p.until_eighteen, p.emergency,
                            p.change_reason, l.agreed_on as plan_agreed_on, l.due_on as plan_due_on
                        from cla_placement p
                        left join lateral (select agreed_on, due_on from cla_placement_plan
                            where placement_event_id = p.event_id order by agreed_on limit 1) l on true
                        where p.cla_period_id = :period order by p.started_on, p.position""")
                .param("period", claPeriodId).query(PlacementRow.class).list();
    }

    private List<LookedAfterHistory.Visit> visits(String claPeriodId) {
        return jdbc.sql("""
                        select visited_on, due_on, child_seen, child_seen_alone, visited_by,
                            (child_seen and (due_on is null or visited_on <= due_on)) as in_time
                        from cla_visit where cla_period_id = :period order by visited_on, position""")
                .param("period", claPeriodId).query(LookedAfterHistory.Visit.class).list();
    }

    private List<LookedAfterHistory.Review> reviews(String claPeriodId) {
        return jdbc.sql("""
                        select held_on, due_on, independent_reviewing_officer, (due_on is null or held_on <= due_on) as in_time
                        from cla_review where cla_period_id = :period order by held_on, event_id""")
                .param("period", claPeriodId).query(LookedAfterHistory.Review.class).list();
    }

    /** A period of care as its own table holds it. */
    record Row(String claPeriodId, String laChildId, String episodeId, String referralId, LocalDate startedOn, String entryRoute,
            String legalStatus, boolean shortBreaksOnly, String categoryOfNeed, String team, String socialWorker,
            LocalDate nextVisitDueOn, LocalDate nextReviewDueOn, LocalDate endedOn, String reasonCeased) {
    }

    /** A placement as its table holds it, with its plan when one was agreed. */
    record PlacementRow(LocalDate startedOn, String placementType, String provider, String postcodeDistrict, boolean untilEighteen,
            boolean emergency, String changeReason, LocalDate planAgreedOn, LocalDate planDueOn) {
    }
}
