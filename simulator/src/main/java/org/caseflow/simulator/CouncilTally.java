package org.caseflow.simulator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.journey.events.assessment.ReferralReceived;
import org.caseflow.journey.events.childinneed.CinData;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childinneed.CinReviewDecision;
import org.caseflow.journey.events.childinneed.CinReviewHeld;
import org.caseflow.journey.events.childprotection.ChildProtectionData;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.childprotection.IcpcHeld;
import org.caseflow.journey.events.childprotection.ReviewConferenceHeld;
import org.caseflow.journey.events.childprotection.ReviewDecision;
import org.caseflow.journey.events.earlyhelp.EarlyHelpData;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.journey.events.earlyhelp.StepUpDecided;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.lookedafter.CareCeased;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.LookedAfterData;

/**
 * What a simulated council did, month by month, counted from its steps alone: the flows (contacts, referrals,
 * re-referrals, assessments and how many were in time, conferences, step-ups and step-downs, children entering and
 * leaving care) and the stocks at each month's end (open assessments, children on a child protection or child in need
 * plan, looked after, open to Early Help). Simple counts, for checking the simulation against its targets; the KPI
 * service's measures are the council's real report.
 */
public final class CouncilTally implements StepSink {

    /** One month's figures. Shares are from 0 to 1; stocks are at the month's last day. */
    public record Month(YearMonth month, int contacts, int contactsDecided, int contactsOpeningAReferral, int contactsToEarlyHelp,
            int referrals, int reReferrals, int assessments, int assessmentsInTime, int icpcs, int icpcsInTime, int cpPlansStarted,
            int stepDowns, int stepUps, int enteredCare, int ceasedCare, int openAssessments, int onCpPlans, int onCinPlans,
            int lookedAfter, int inEarlyHelp) {

        public double referralShare() {
            return share(contactsOpeningAReferral, contactsDecided);
        }

        public double reReferralShare() {
            return share(reReferrals, referrals);
        }

        public double assessmentsInTimeShare() {
            return share(assessmentsInTime, assessments);
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0 : part / (double) whole;
        }
    }

    private static final class Flows {
        int contacts;
        int contactsDecided;
        int contactsOpeningAReferral;
        int contactsToEarlyHelp;
        int referrals;
        int reReferrals;
        int assessments;
        int assessmentsInTime;
        int icpcs;
        int icpcsInTime;
        int cpPlansStarted;
        int stepDowns;
        int stepUps;
        int enteredCare;
        int ceasedCare;
    }

    private enum Stock { OPEN_ASSESSMENTS, CP_PLANS, CIN_PLANS, LOOKED_AFTER, EARLY_HELP }

    private final Map<YearMonth, Flows> flows = new HashMap<>();
    /** Each stock's changes by day: +1 as something opens, -1 as it closes. */
    private final Map<Stock, TreeMap<LocalDate, Integer>> changes = new HashMap<>();
    private final Map<String, LocalDate> lastReferralOfChild = new HashMap<>();
    /** Periods of care under short breaks only, which are not counted as looked after. */
    private final Map<String, Boolean> shortBreaks = new HashMap<>();

    @Override
    public void accept(JourneyStep step) {
        LocalDate day = step.occurredOn();
        Flows month = flows.computeIfAbsent(YearMonth.from(day), any -> new Flows());
        switch (step.type()) {
            case ContactReceived.TYPE -> month.contacts++;
            case ContactDecided.TYPE -> contactDecided(month, ContactOutcome.valueOf(text(step, FrontDoorData.CONTACT_OUTCOME)));
            case ReferralReceived.TYPE -> referral(month, step);
            case AssessmentCompleted.TYPE -> {
                month.assessments++;
                month.assessmentsInTime += inTime(step) ? 1 : 0;
                change(Stock.OPEN_ASSESSMENTS, day, -1);
            }
            case IcpcHeld.TYPE -> {
                month.icpcs++;
                month.icpcsInTime += inTime(step) ? 1 : 0;
            }
            case CpPlanStarted.TYPE -> {
                month.cpPlansStarted++;
                change(Stock.CP_PLANS, day, 1);
            }
            case ReviewConferenceHeld.TYPE -> ends(step, ChildProtectionData.REVIEW_DECISION, ReviewDecision.END_PLAN.name(), Stock.CP_PLANS);
            case CinPlanStarted.TYPE -> change(Stock.CIN_PLANS, day, 1);
            case CinReviewHeld.TYPE -> ends(step, CinData.CIN_REVIEW_DECISION, CinReviewDecision.END_PLAN.name(), Stock.CIN_PLANS);
            case EarlyHelpEpisodeStarted.TYPE -> {
                change(Stock.EARLY_HELP, day, 1);
                month.stepDowns += EarlyHelpOrigin.valueOf(text(step, EarlyHelpData.EH_ORIGIN)).isStepDown() ? 1 : 0;
            }
            case EarlyHelpEpisodeClosed.TYPE -> change(Stock.EARLY_HELP, day, -1);
            case StepUpDecided.TYPE -> month.stepUps += Boolean.TRUE.equals(step.data().get(EarlyHelpData.STEP_UP_ACCEPTED)) ? 1 : 0;
            case CareStarted.TYPE -> careStarted(month, step);
            case CareCeased.TYPE -> careCeased(month, step);
            default -> {
                // not counted here
            }
        }
    }

    /** The months from {@code first} to {@code last}, both included. */
    public List<Month> months(YearMonth first, YearMonth last) {
        List<Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Flows counted = flows.getOrDefault(month, new Flows());
            LocalDate end = month.atEndOfMonth();
            months.add(new Month(month, counted.contacts, counted.contactsDecided, counted.contactsOpeningAReferral,
                    counted.contactsToEarlyHelp, counted.referrals, counted.reReferrals, counted.assessments,
                    counted.assessmentsInTime, counted.icpcs, counted.icpcsInTime, counted.cpPlansStarted, counted.stepDowns,
                    counted.stepUps, counted.enteredCare, counted.ceasedCare, stockOn(Stock.OPEN_ASSESSMENTS, end),
                    stockOn(Stock.CP_PLANS, end), stockOn(Stock.CIN_PLANS, end), stockOn(Stock.LOOKED_AFTER, end),
                    stockOn(Stock.EARLY_HELP, end)));
        }
        return months;
    }

    /** The months as a Markdown table, for people. */
    public String table(YearMonth first, YearMonth last) {
        StringBuilder table = new StringBuilder("""
                | month | contacts | to referral % | to Early Help % | referrals | re-referrals % | assessments | in 45 WD % \
                | ICPCs | CP plans started | step-downs | step-ups | entered care | ceased care | open assessments | on CP plan \
                | on CIN plan | looked after | in Early Help |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
                """);
        for (Month month : months(first, last)) {
            table.append("| %s | %d | %.1f | %.1f | %d | %.1f | %d | %.1f | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |%n"
                    .formatted(month.month(), month.contacts(), 100 * month.referralShare(),
                            100.0 * month.contactsToEarlyHelp() / Math.max(1, month.contactsDecided()), month.referrals(),
                            100 * month.reReferralShare(), month.assessments(), 100 * month.assessmentsInTimeShare(), month.icpcs(),
                            month.cpPlansStarted(), month.stepDowns(), month.stepUps(), month.enteredCare(), month.ceasedCare(),
                            month.openAssessments(), month.onCpPlans(), month.onCinPlans(), month.lookedAfter(), month.inEarlyHelp()));
        }
        return table.toString();
    }

    private void contactDecided(Flows month, ContactOutcome outcome) {
        month.contactsDecided++;
        month.contactsOpeningAReferral += outcome.opensAReferral() ? 1 : 0;
        month.contactsToEarlyHelp += outcome == ContactOutcome.EARLY_HELP ? 1 : 0;
    }

    private void referral(Flows month, JourneyStep step) {
        month.referrals++;
        LocalDate previous = lastReferralOfChild.put(step.laChildId(), step.occurredOn());
        if (previous != null && !previous.isBefore(step.occurredOn().minusYears(1))) {
            month.reReferrals++;
        }
        change(Stock.OPEN_ASSESSMENTS, step.occurredOn(), 1);
    }

    private void careStarted(Flows month, JourneyStep step) {
        boolean onlyShortBreaks = LegalStatus.valueOf(text(step, LookedAfterData.LEGAL_STATUS)).isShortBreaks();
        shortBreaks.put(text(step, LookedAfterData.CLA_PERIOD_ID), onlyShortBreaks);
        if (!onlyShortBreaks) {
            month.enteredCare++;
            change(Stock.LOOKED_AFTER, step.occurredOn(), 1);
        }
    }

    private void careCeased(Flows month, JourneyStep step) {
        if (!shortBreaks.getOrDefault(text(step, LookedAfterData.CLA_PERIOD_ID), false)) {
            month.ceasedCare++;
            change(Stock.LOOKED_AFTER, step.occurredOn(), -1);
        }
    }

    private void ends(JourneyStep step, String decisionKey, String endDecision, Stock stock) {
        if (endDecision.equals(step.data().get(decisionKey))) {
            change(stock, step.occurredOn(), -1);
        }
    }

    /** A plan or period open on a day counts on it; one that ends that day does not. */
    private int stockOn(Stock stock, LocalDate day) {
        return changes.getOrDefault(stock, new TreeMap<>()).headMap(day, true).values().stream().mapToInt(Integer::intValue).sum();
    }

    private void change(Stock stock, LocalDate day, int by) {
        changes.computeIfAbsent(stock, any -> new TreeMap<>()).merge(day, by, Integer::sum);
    }

    private static boolean inTime(JourneyStep step) {
        return step.dueOn() == null || !step.occurredOn().isAfter(step.dueOn());
    }

    private static String text(JourneyStep step, String key) {
        return String.valueOf(step.data().get(key));
    }
}
