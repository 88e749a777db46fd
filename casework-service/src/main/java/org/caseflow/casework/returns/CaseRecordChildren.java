package org.caseflow.casework.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseflow.returns.record.Allocation;
import org.caseflow.returns.record.Assessment;
import org.caseflow.returns.record.CarePeriod;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;
import org.caseflow.returns.record.CinPlan;
import org.caseflow.returns.record.ClaReview;
import org.caseflow.returns.record.Contact;
import org.caseflow.returns.record.CpPlan;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.record.EarlyHelpAssessment;
import org.caseflow.returns.record.Ethnicity;
import org.caseflow.returns.record.LegalStatusSpell;
import org.caseflow.returns.record.Person;
import org.caseflow.returns.record.Placement;
import org.caseflow.returns.record.PrimaryNeed;
import org.caseflow.returns.record.Section47Enquiry;
import org.caseflow.returns.record.Sex;
import org.caseflow.returns.record.UpnUnknownReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case record of each child as the returns read it ({@link ChildRecord}): one child as their
 * events arrive, or every child for a return. Each part of the record is read once for all the
 * children asked for, and put together here; the journey's codes become the DfE's ({@link DfeCodes}).
 *
 * <p>The child's characteristics are as their team recorded them (sex, ethnicity, UPN or the reason for
 * none, former UPN, disabilities). What the record does not hold (yet) is given as the DfE's "not known"
 * where the return has one (sex U, ethnicity NOBT), and left out where the item is optional (a UPN or
 * disabilities not recorded, date of death, a referral's primary need when none was given, assessment
 * factors, review participation, placement URN, times missing, UASC), so that the validation rules, not
 * this reader, say what a return would lack (docs/returns.md).
 */
@Repository
public class CaseRecordChildren {

    /** Who provides Early Help assessments in the record: the council's own Early Help service. */
    static final String EARLY_HELP_ORGANISATION = "Local authority Early Help";

    private final JdbcClient jdbc;

    CaseRecordChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ChildRecord> of(String laChildId) {
        return read(laChildId).stream().findFirst();
    }

    /** Every child the record holds, in LA child id order. */
    public List<ChildRecord> all() {
        return read(null);
    }

    /** @param laChildId one child, or null for every child */
    private List<ChildRecord> read(String laChildId) {
        Map<String, List<Contact>> contacts = byChild(laChildId, """
                        select la_child_id, received_on, source from contact
                        where (cast(:child as varchar) is null or la_child_id = :child) order by received_on, received_at""",
                row -> new Contact(date(row, "received_on"), DfeCodes.referralSource(row.getString("source"))));
        Map<String, List<EarlyHelpAssessment>> earlyHelp = byChild(laChildId, """
                        select la_child_id, coalesce(transfer_accepted_on, started_on) as started_on, assessment_completed_on
                        from early_help_episode
                        where (cast(:child as varchar) is null or la_child_id = :child) order by started_on""",
                row -> new EarlyHelpAssessment(date(row, "started_on"), date(row, "assessment_completed_on"), EARLY_HELP_ORGANISATION));
        Map<String, List<CinEpisode>> episodes = episodes(laChildId);
        Map<String, List<CarePeriod>> care = carePeriods(laChildId);

        Map<String, List<Disability>> disabilities = byChild(laChildId, """
                        select la_child_id, disability from child_disability
                        where (cast(:child as varchar) is null or la_child_id = :child) order by la_child_id, position""",
                row -> Disability.valueOf(row.getString("disability")));

        record Child(String laChildId, LocalDate dateOfBirth, LocalDate expectedDateOfBirth, String sex, String ethnicity, String upn,
                String formerUpn, String upnUnknown) {
        }
        return jdbc.sql("""
                        select la_child_id, date_of_birth, expected_date_of_birth, sex, ethnicity, upn, former_upn, upn_unknown
                        from child
                        where (cast(:child as varchar) is null or la_child_id = :child) order by la_child_id""")
                .param("child", laChildId)
                .query(Child.class)
                .stream()
                .map(child -> new ChildRecord(child.laChildId(),
                        new Person(child.upn(), child.formerUpn(),
                                child.upnUnknown() == null ? null : UpnUnknownReason.valueOf(child.upnUnknown()), child.dateOfBirth(), child.dateOfBirth() == null ? child.expectedDateOfBirth() : null,
                                child.sex() == null ? Sex.U : Sex.valueOf(child.sex()),
                                child.ethnicity() == null ? Ethnicity.NOBT : Ethnicity.valueOf(child.ethnicity()),
                                disabilities.getOrDefault(child.laChildId(), List.of()), null, null),
                        contacts.getOrDefault(child.laChildId(), List.of()), earlyHelp.getOrDefault(child.laChildId(), List.of()),
                        episodes.getOrDefault(child.laChildId(), List.of()), care.getOrDefault(child.laChildId(), List.of()),
                        List.of(), false, null))
                .toList();
    }

    /**
     * Child in need episodes: a referral's, and a direct entry to care's, with the work done in them.
     * The referral's source is its contact's. A Caseflow referral always goes on to an assessment, so
     * none is a referral with no further action (ReferralNFA); an assessment that ended the episode
     * says so in the reason for closure (RC8, RC9). Primary need is not recorded yet, except for an
     * episode with a period of care, whose category of need is the same code (N1 to N8).
     */
    private Map<String, List<CinEpisode>> episodes(String laChildId) {
        Map<String, List<Assessment>> assessments = byKey(laChildId, """
                        select a.referral_id as key, coalesce(a.started_on, e.started_on) as started_on, a.authorised_on, a.outcome
                        from assessment a join episode e on e.episode_id = a.referral_id
                        where (cast(:child as varchar) is null or a.la_child_id = :child)""",
                row -> new Assessment(date(row, "started_on"), date(row, "authorised_on"), List.of(), null,
                        DfeCodes.needsSupport(row.getString("outcome"))));
        Map<String, List<CinPlan>> cinPlans = byKey(laChildId, """
                        select referral_id as key, started_on, ended_on from cin_plan
                        where (cast(:child as varchar) is null or la_child_id = :child) order by started_on""",
                row -> new CinPlan(date(row, "started_on"), date(row, "ended_on")));
        Map<String, List<Section47Enquiry>> enquiries = byKey(laChildId, """
                        select s.referral_id as key, s.started_on, coalesce(s.icpc_due_on, c.due_on) as icpc_due_on,
                            c.held_on as icpc_on, s.completed_on, s.decision
                        from section_47_enquiry s
                        left join initial_conference c on c.referral_id = s.referral_id and c.s47_started_on = s.started_on
                        where (cast(:child as varchar) is null or s.la_child_id = :child) order by s.started_on""",
                row -> new Section47Enquiry(date(row, "started_on"), date(row, "icpc_due_on"), date(row, "icpc_on"),
                        row.getDate("icpc_on") == null && row.getDate("completed_on") != null
                                && !"INITIAL_CONFERENCE".equals(row.getString("decision")),
                        date(row, "completed_on")));
        Map<String, List<CpPlan>> cpPlans = byKey(laChildId, """
                        select p.referral_id as key, p.started_on, p.ended_on, p.category,
                            (select string_agg(r.held_on::text, ',' order by r.held_on) from review_conference r
                                where r.cp_plan_id = p.cp_plan_id) as reviews,
                            v.visited_on as last_visit_on, v.child_seen_alone
                        from cp_plan p
                        left join lateral (select visited_on, child_seen_alone from cp_visit where cp_plan_id = p.cp_plan_id
                            order by visited_on desc, position desc limit 1) v on true
                        where p.referral_id is not null and (cast(:child as varchar) is null or p.la_child_id = :child)
                        order by p.started_on""",
                row -> new CpPlan(date(row, "started_on"), date(row, "ended_on"), DfeCodes.abuseCategory(row.getString("category")),
                        DfeCodes.abuseCategory(row.getString("category")), dates(row.getString("reviews")), date(row, "last_visit_on"),
                        row.getDate("last_visit_on") == null ? null : row.getBoolean("child_seen_alone")));

        return byChild(laChildId, """
                        select e.la_child_id, e.episode_id, e.started_on, e.ended_on, e.end_reason, c.source,
                            coalesce((select a.primary_need from assessment a where a.referral_id = e.episode_id), e.primary_need,
                                (select p.category_of_need from cla_period p where p.episode_id = e.episode_id
                                    order by p.started_on limit 1)) as category_of_need,
                            a.team, a.worker,
                            (select max(seen) from (
                                select max(v.visited_on) as seen from cin_visit v join cin_plan n on n.cin_plan_id = v.cin_plan_id
                                    where n.referral_id = e.episode_id and v.child_seen
                                union all
                                select max(v.visited_on) from cp_visit v join cp_plan p on p.cp_plan_id = v.cp_plan_id
                                    where p.referral_id = e.episode_id and v.child_seen
                                union all
                                select max(v.visited_on) from cla_visit v join cla_period p on p.cla_period_id = v.cla_period_id
                                    where p.episode_id = e.episode_id and v.child_seen) visits) as last_seen_on
                        from episode e
                        left join contact c on c.contact_id = e.contact_id
                        left join lateral (select team, worker from allocation where episode_id = e.episode_id
                            order by allocated_on desc, position desc nulls last limit 1) a on true
                        where e.kind = 'CHILD_IN_NEED' and (cast(:child as varchar) is null or e.la_child_id = :child)
                        order by e.started_on, e.episode_id""",
                row -> {
                    String episodeId = row.getString("episode_id");
                    String need = row.getString("category_of_need");
                    return new CinEpisode(date(row, "started_on"), DfeCodes.referralSource(row.getString("source")),
                            need == null ? null : PrimaryNeed.valueOf(need), false, date(row, "ended_on"),
                            row.getDate("ended_on") == null ? null : DfeCodes.reasonForClosure(row.getString("end_reason")),
                            assessments.getOrDefault(episodeId, List.of()), cinPlans.getOrDefault(episodeId, List.of()),
                            enquiries.getOrDefault(episodeId, List.of()), cpPlans.getOrDefault(episodeId, List.of()),
                            new Allocation(row.getString("team"), row.getString("worker")), date(row, "last_seen_on"));
                });
    }

    /**
     * Periods of care. The journey records one legal status per period, so each period has one
     * spell of it; placements follow in the order they started. The home the child was taken from is
     * not recorded.
     */
    private Map<String, List<CarePeriod>> carePeriods(String laChildId) {
        Map<String, List<Placement>> placements = byKey(laChildId, """
                        select pl.cla_period_id as key, pl.started_on, pl.placement_type, pl.provider, pl.postcode_district,
                            pl.change_reason
                        from cla_placement pl join cla_period p on p.cla_period_id = pl.cla_period_id
                        where (cast(:child as varchar) is null or p.la_child_id = :child) order by pl.started_on, pl.position""",
                row -> new Placement(date(row, "started_on"), DfeCodes.placementType(row.getString("placement_type")),
                        DfeCodes.placementProvider(row.getString("provider")), row.getString("postcode_district"), null,
                        DfeCodes.placementChangeReason(row.getString("change_reason"))));
        Map<String, List<ClaReview>> reviews = byKey(laChildId, """
                        select r.cla_period_id as key, r.held_on from cla_review r join cla_period p on p.cla_period_id = r.cla_period_id
                        where (cast(:child as varchar) is null or p.la_child_id = :child) order by r.held_on""",
                row -> new ClaReview(date(row, "held_on"), null));
        return byChild(laChildId, """
                        select p.la_child_id, p.cla_period_id, p.started_on, p.ended_on, p.reason_ceased, p.category_of_need,
                            p.legal_status, p.team, p.social_worker,
                            (select max(visited_on) from cla_visit v where v.cla_period_id = p.cla_period_id) as last_visit_on
                        from cla_period p
                        where (cast(:child as varchar) is null or p.la_child_id = :child) order by p.started_on""",
                row -> {
                    LocalDate started = date(row, "started_on");
                    String periodId = row.getString("cla_period_id");
                    return new CarePeriod(started, date(row, "ended_on"), DfeCodes.reasonCeased(row.getString("reason_ceased")),
                            DfeCodes.categoryOfNeed(row.getString("category_of_need")), null,
                            List.of(new LegalStatusSpell(started, DfeCodes.legalStatus(row.getString("legal_status")))),
                            placements.getOrDefault(periodId, List.of()), reviews.getOrDefault(periodId, List.of()),
                            new Allocation(row.getString("team"), row.getString("social_worker")), date(row, "last_visit_on"));
                });
    }

    /** Rows of {@code sql} (with {@code la_child_id}) by child, in the order read. */
    private <T> Map<String, List<T>> byChild(String laChildId, String sql, Row<T> mapper) {
        return grouped(laChildId, sql, "la_child_id", mapper);
    }

    /** Rows of {@code sql} (with {@code key}, the episode's or period's id) by that key, in the order read. */
    private <T> Map<String, List<T>> byKey(String laChildId, String sql, Row<T> mapper) {
        return grouped(laChildId, sql, "key", mapper);
    }

    private <T> Map<String, List<T>> grouped(String laChildId, String sql, String keyColumn, Row<T> mapper) {
        Map<String, List<T>> grouped = new HashMap<>();
        jdbc.sql(sql).param("child", laChildId).query(row -> {
            grouped.computeIfAbsent(row.getString(keyColumn), key -> new ArrayList<>()).add(mapper.map(row));
        });
        return grouped;
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        java.sql.Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** A comma-separated list of ISO dates, in order. */
    private static List<LocalDate> dates(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(joined.split(",")).map(LocalDate::parse).sorted(Comparator.naturalOrder()).toList();
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }
}
