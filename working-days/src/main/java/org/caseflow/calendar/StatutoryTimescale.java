package org.caseflow.calendar;

import static org.caseflow.calendar.TimescaleUnit.CALENDAR_MONTHS;
import static org.caseflow.calendar.TimescaleUnit.CALENDAR_WEEKS;
import static org.caseflow.calendar.TimescaleUnit.WORKING_DAYS;


/**
 * The statutory timescales Caseflow times, by their ids in docs/statutory-rules.md, where each
 * one's source (statute, statutory guidance or local choice) is given.
 *
 * <p>Each has a deadline (the last compliant day: "within N" means on or before day N) and an
 * <em>at-risk</em> point from which the work is flagged as at risk of missing it. The at-risk
 * point is a local choice, kept here as a field so that it is visible and changed in one place.
 */
public enum StatutoryTimescale implements Timescale {

    /** T1. The at-risk point is the deadline day itself: there is no earlier day to warn on. */
    CONTACT_DECISION("T1",
            "Decide the next step on a referral or contact, and tell the referrer, within 1 working day of receiving it",
            1, WORKING_DAYS, 1),
    /** T3. At risk from working day 35: a local choice, 10 working days before the deadline. */
    ASSESSMENT("T3",
            "Complete and authorise the assessment within 45 working days of the referral",
            45, WORKING_DAYS, 35),
    /** T4. Counted from the strategy discussion that initiated the section 47 enquiry, not a later one. */
    INITIAL_CHILD_PROTECTION_CONFERENCE("T4",
            "Hold the initial child protection conference within 15 working days of the strategy discussion"
                    + " that initiated the section 47 enquiry",
            15, WORKING_DAYS),
    /** T5. */
    FIRST_CORE_GROUP("T5",
            "Hold the first core group meeting within 10 working days of the initial child protection conference",
            10, WORKING_DAYS),
    /** T7. */
    FIRST_REVIEW_CONFERENCE("T7",
            "Hold the first child protection review conference within 3 months of the initial conference",
            3, CALENDAR_MONTHS),
    /** T8. */
    LATER_REVIEW_CONFERENCE("T8",
            "Hold each later child protection review conference within 6 months of the previous one",
            6, CALENDAR_MONTHS),
    /** T12. */
    CLA_VISIT_AFTER_PLACEMENT("T12",
            "Visit a looked-after child within 1 week of the start of any placement",
            1, CALENDAR_WEEKS),
    /** T13. */
    CLA_VISIT_FIRST_YEAR("T13",
            "In the first year of a placement, visit a looked-after child at intervals of no more than 6 weeks",
            6, CALENDAR_WEEKS),
    /**
     * T14. After a placement's first year, when the placement is meant to last until the child is
     * 18; otherwise visits stay at the 6-week interval of T13.
     */
    CLA_VISIT_AFTER_FIRST_YEAR("T14",
            "After the first year of a placement meant to last until the child is 18, visit at intervals of no more than 3 months",
            3, CALENDAR_MONTHS),
    /** T17. */
    FIRST_CLA_REVIEW("T17",
            "Hold the first looked-after child review within 20 working days of the child becoming looked after",
            20, WORKING_DAYS),
    /** T18. */
    SECOND_CLA_REVIEW("T18",
            "Hold the second looked-after child review within 3 months of the first",
            3, CALENDAR_MONTHS),
    /** T19. */
    LATER_CLA_REVIEW("T19",
            "Hold each later looked-after child review within 6 months of the previous one",
            6, CALENDAR_MONTHS),
    /** T20. */
    EMERGENCY_PLACEMENT_PLAN("T20",
            "Agree the placement plan for an emergency placement within 5 working days of the placement",
            5, WORKING_DAYS),
    /**
     * T21 (LGA Standards for employers of social workers). Its interval changes through the year:
     * weekly for the first 6 weeks, fortnightly to 6 months, then monthly; the limit here is the
     * longest, and the supervision journey times each session by the interval of its phase.
     */
    ASYE_SUPERVISION("T21",
            "Supervise a social worker in their assessed and supported year in employment weekly for 6 weeks, fortnightly to 6 months,"
                    + " then monthly",
            1, CALENDAR_MONTHS);

    private final String id;
    private final String description;
    private final int limit;
    private final TimescaleUnit unit;
    private final int atRiskAfter;

    StatutoryTimescale(String id, String description, int limit, TimescaleUnit unit) {
        this(id, description, limit, unit, limit);
    }

    StatutoryTimescale(String id, String description, int limit, TimescaleUnit unit, int atRiskAfter) {
        this.id = id;
        this.description = description;
        this.limit = limit;
        this.unit = unit;
        this.atRiskAfter = atRiskAfter;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public TimescaleUnit unit() {
        return unit;
    }

    @Override
    public int atRiskAfter() {
        return atRiskAfter;
    }

    /** The timescale with this id, e.g. {@code T4}. */
    public static StatutoryTimescale byId(String id) {
        for (StatutoryTimescale timescale : values()) {
            if (timescale.id.equals(id)) {
                return timescale;
            }
        }
        throw new IllegalArgumentException("No statutory timescale has the id " + id);
    }
}
