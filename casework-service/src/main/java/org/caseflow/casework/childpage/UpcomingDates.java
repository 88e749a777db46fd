package org.caseflow.casework.childpage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.Timescales;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.casework.child.ChildInNeedStatus;
import org.caseflow.casework.child.ChildProtectionStatus;
import org.caseflow.casework.child.ChildSummary;
import org.caseflow.casework.child.LookedAfterStatus;
import org.caseflow.casework.childpage.rules.DueDateStanding;
import org.caseflow.casework.childprotection.ChildProtectionHistory;
import org.caseflow.casework.cpplan.PlanHistory;
import org.caseflow.casework.earlyhelp.EarlyHelpRecord;
import org.caseflow.casework.lookedafter.LookedAfterHistory;
import org.springframework.stereotype.Component;

/**
 * The statutory dates coming up in a child's work, soonest first, each with the rule that times it
 * and where it stands today. Every date is one the JSON views already answer (the summary's open
 * assessment and plans, the child protection history's enquiries awaiting a conference, the Early
 * Help record's open episodes); this only gathers them and judges each against its rule, which is
 * the council's own setting for a local rule.
 */
@Component
class UpcomingDates {

    /** A looked-after child's visits run under T12 to T14 by placement; each is at risk on its due day. */
    private static final String CLA_VISIT_RULES = "T12 to T14: 1 week after a placement starts, then every 6 weeks"
            + " (3 months after the first year of a placement meant to last until 18)";

    private final Timescales timescales;
    private final WorkingDayCalendar calendar;

    UpcomingDates(Timescales timescales, WorkingDayCalendar calendar) {
        this.timescales = timescales;
        this.calendar = calendar;
    }

    List<UpcomingDate> of(ChildSummary child, ChildProtectionHistory protection, LookedAfterHistory care,
            List<EarlyHelpRecord.Episode> earlyHelp, LocalDate today) {
        Dates dates = new Dates(today);
        if (child.openAssessment() != null) {
            dates.add("Child and family assessment", child.openAssessment().referralId(), child.openAssessment().dueOn(),
                    StatutoryTimescale.ASSESSMENT);
        }
        conferencesAwaited(protection, dates);
        childProtectionPlan(child.childProtection(), protection, dates);
        childInNeedPlan(child.childInNeed(), dates);
        periodOfCare(child.lookedAfter(), care, dates);
        earlyHelp.stream().filter(EarlyHelpRecord.Episode::open).forEach(episode -> earlyHelpEpisode(episode, dates));
        return dates.soonestFirst();
    }

    /** An enquiry that decided on a conference not yet held: T4, from the strategy discussion that started it. */
    private void conferencesAwaited(ChildProtectionHistory protection, Dates dates) {
        for (ChildProtectionHistory.Section47Enquiry enquiry : protection.section47Enquiries()) {
            boolean held = protection.initialConferences().stream().anyMatch(conference ->
                    Objects.equals(conference.referralId(), enquiry.referralId())
                            && Objects.equals(conference.s47StartedOn(), enquiry.startedOn()));
            if ("INITIAL_CONFERENCE".equals(enquiry.decision()) && !held) {
                dates.add("Initial child protection conference", enquiry.referralId(), enquiry.icpcDueOn(),
                        StatutoryTimescale.INITIAL_CHILD_PROTECTION_CONFERENCE);
            }
        }
    }

    /** The first core group and review conference are statutory (T5, T7); later ones follow T6 and T8. */
    private void childProtectionPlan(ChildProtectionStatus status, ChildProtectionHistory protection, Dates dates) {
        ChildProtectionStatus.CurrentPlan plan = status.currentPlan();
        if (plan == null) {
            return;
        }
        PlanHistory history = protection.plans().stream().filter(candidate -> candidate.cpPlanId().equals(plan.cpPlanId()))
                .findFirst().orElse(null);
        boolean coreGroupHeld = history != null && !history.coreGroups().isEmpty();
        boolean reviewHeld = history != null && !history.reviewConferences().isEmpty();
        dates.add("Child protection visit", plan.cpPlanId(), plan.nextVisitDueOn(), local(LocalTimescales.CP_VISIT));
        dates.add(coreGroupHeld ? "Core group meeting" : "First core group meeting", plan.cpPlanId(), plan.nextCoreGroupDueOn(),
                coreGroupHeld ? local(LocalTimescales.LATER_CORE_GROUP) : StatutoryTimescale.FIRST_CORE_GROUP);
        dates.add(reviewHeld ? "Review child protection conference" : "First review child protection conference", plan.cpPlanId(),
                plan.nextReviewConferenceDueOn(),
                reviewHeld ? StatutoryTimescale.LATER_REVIEW_CONFERENCE : StatutoryTimescale.FIRST_REVIEW_CONFERENCE);
    }

    private void childInNeedPlan(ChildInNeedStatus status, Dates dates) {
        ChildInNeedStatus.CurrentPlan plan = status.currentPlan();
        if (plan == null) {
            return;
        }
        dates.add("Child in need visit", plan.cinPlanId(), plan.nextVisitDueOn(), local(LocalTimescales.CIN_VISIT));
        dates.add("Child in need plan review", plan.cinPlanId(), plan.nextReviewDueOn(), local(LocalTimescales.CIN_REVIEW));
    }

    /** Reviews: the first within 20 working days (T17), the second 3 months on (T18), then every 6 months (T19). */
    private void periodOfCare(LookedAfterStatus status, LookedAfterHistory care, Dates dates) {
        LookedAfterStatus.CurrentPeriod period = status.currentPeriod();
        if (period == null) {
            return;
        }
        int reviewsHeld = care.periods().stream().filter(candidate -> candidate.claPeriodId().equals(period.claPeriodId()))
                .findFirst().map(held -> held.reviews().size()).orElse(0);
        Timescale review = switch (reviewsHeld) {
            case 0 -> StatutoryTimescale.FIRST_CLA_REVIEW;
            case 1 -> StatutoryTimescale.SECOND_CLA_REVIEW;
            default -> StatutoryTimescale.LATER_CLA_REVIEW;
        };
        dates.add("Looked-after child visit", period.claPeriodId(), period.nextVisitDueOn(), null, CLA_VISIT_RULES);
        dates.add("Looked-after child review", period.claPeriodId(), period.nextReviewDueOn(), review);
    }

    /** Acceptance of a step-down (T26), the assessment (T24), then the family reviews (T25), none while a step-up is decided. */
    private void earlyHelpEpisode(EarlyHelpRecord.Episode episode, Dates dates) {
        if (episode.transferDueOn() != null && episode.transferAcceptedOn() == null) {
            dates.add("Early Help accepts the step-down", episode.ehEpisodeId(), episode.transferDueOn(),
                    local(LocalTimescales.STEP_DOWN_ACCEPTANCE));
        }
        if (episode.assessmentDueOn() != null && episode.assessmentCompletedOn() == null) {
            dates.add("Early Help assessment", episode.ehEpisodeId(), episode.assessmentDueOn(),
                    local(LocalTimescales.EARLY_HELP_ASSESSMENT));
        }
        if (episode.nextReviewDueOn() != null && !episode.awaitingStepUpDecision()) {
            dates.add("Team-around-the-family review", episode.ehEpisodeId(), episode.nextReviewDueOn(),
                    local(LocalTimescales.EARLY_HELP_REVIEW));
        }
    }

    /** A local rule as this council sets it. */
    private Timescale local(String ruleId) {
        return timescales.byId(ruleId);
    }

    /** The dates gathered so far, each judged on the one day. */
    private final class Dates {

        private final LocalDate today;
        private final List<UpcomingDate> dates = new ArrayList<>();

        Dates(LocalDate today) {
            this.today = today;
        }

        void add(String what, String reference, LocalDate dueOn, Timescale rule) {
            add(what, reference, dueOn, rule, rule.id() + ": " + rule.limitInWords());
        }

        /** A date the record does not hold (not yet counted) is not listed. */
        void add(String what, String reference, LocalDate dueOn, Timescale rule, String ruleInWords) {
            if (dueOn == null) {
                return;
            }
            LocalDate atRiskFrom = DueDateStanding.atRiskFrom(rule, dueOn, calendar);
            DueDateStanding standing = DueDateStanding.on(today, dueOn, atRiskFrom, calendar);
            dates.add(new UpcomingDate(what, reference, dueOn, ruleInWords, atRiskFrom, standing, standing.inWords(today, dueOn)));
        }

        List<UpcomingDate> soonestFirst() {
            return dates.stream().sorted(Comparator.comparing(UpcomingDate::dueOn).thenComparing(UpcomingDate::what)).toList();
        }
    }
}
