package org.caseflow.simulator;

import java.time.LocalDate;
import org.caseflow.journey.events.assessment.AssessmentOutcome;

/**
 * The children social care and Early Help are working with on the simulation's first day, as the profile numbers
 * them: each case is recorded as it began (in the past, so the stream opens with steps dated before its first day)
 * with what is needed to judge it from then on (its reviews, its last visit), and its next work is planned. Dates are
 * never earlier than the calendar allows: a council replayed from the calendar's first years starts with younger cases.
 */
final class OpeningStock {

    /** How long children on a plan or in care on a day have been so: roughly, for each kind, the mean of an exponential. */
    private static final double CP_PLAN_AGE_MEAN_DAYS = 300;
    private static final double CIN_PLAN_AGE_MEAN_DAYS = 150;
    private static final double CARE_AGE_MEAN_DAYS = 3.5 * 365;
    private static final double EARLY_HELP_AGE_MEAN_DAYS = 90;
    /** Ages of children looked after (DfE, rounded): bands and their weights. */
    private static final Mix<int[]> CARE_AGES = Mix.of(new int[] {0, 0}, 5, new int[] {1, 4}, 14, new int[] {5, 9}, 18,
            new int[] {10, 15}, 39, new int[] {16, 17}, 24);
    /** Time in the current placement of the reference report's children: 0-3 months … over 2 years, as days and weights. */
    private static final Mix<int[]> TIME_IN_PLACEMENT = Mix.of(new int[] {0, 90}, 73, new int[] {91, 182}, 51,
            new int[] {183, 364}, 115, new int[] {365, 729}, 122, new int[] {730, 2190}, 197);

    private final Council council;
    private final LocalDate earliest;

    OpeningStock(Council council) {
        this.council = council;
        this.earliest = council.days.firstCoveredDay().plusDays(90);
    }

    void open() {
        LocalDate today = council.today();
        for (int i = 0; i < council.profile.openCpPlans(); i++) {
            LocalDate startedOn = council.days.onOrAfter(back(today, CP_PLAN_AGE_MEAN_DAYS, 3 * 365));
            Episode episode = referralBefore(startedOn, AssessmentOutcome.STRATEGY_DISCUSSION);
            council.cpPlans.alreadyOpen(episode, startedOn);
        }
        for (int i = 0; i < council.profile.openCinPlans(); i++) {
            LocalDate startedOn = council.days.onOrAfter(back(today, CIN_PLAN_AGE_MEAN_DAYS, 2 * 365));
            Episode episode = referralBefore(startedOn, AssessmentOutcome.CHILD_IN_NEED_PLAN);
            council.cinPlans.alreadyOpen(episode, startedOn);
        }
        for (int i = 0; i < council.profile.childrenLookedAfter(); i++) {
            int[] band = CARE_AGES.pick(council.dice);
            Child child = council.children.bornAged(today, council.dice.between(band[0], band[1]));
            LocalDate startedOn = council.days.onOrAfter(latest(back(today, CARE_AGE_MEAN_DAYS, 17 * 365), child.dateOfBirth.plusDays(1)));
            int[] placed = TIME_IN_PLACEMENT.pick(council.dice);
            LocalDate placedOn = council.days.onOrAfter(latest(today.minusDays(council.dice.between(placed[0], placed[1])), startedOn));
            council.lookedAfter.alreadyLookedAfter(child, startedOn, placedOn.isBefore(today) ? placedOn : startedOn);
        }
        for (int i = 0; i < council.profile.openEarlyHelp(); i++) {
            LocalDate startedOn = council.days.onOrAfter(back(today, EARLY_HELP_AGE_MEAN_DAYS, 365));
            council.earlyHelp.alreadyOpen(council.children.newChild(startedOn), startedOn);
        }
        council.supervision.startForEveryWorker();
    }

    /** A referral whose assessment concluded a few working days before {@code startedOn}, with {@code outcome}. */
    private Episode referralBefore(LocalDate startedOn, AssessmentOutcome outcome) {
        Child child = council.children.newChild(startedOn);
        LocalDate authorisedOn = council.days.minus(startedOn, council.dice.between(0, 5));
        LocalDate referredOn = council.days.minus(authorisedOn, council.dice.between(15, 40));
        return council.assessments.alreadyConcluded(child, referredOn, authorisedOn, outcome);
    }

    /** A day before {@code today}, as long ago as an exponential draw with the given mean says, within {@code longest} days. */
    private LocalDate back(LocalDate today, double meanDays, int longestDays) {
        long daysBack = 1 + Math.min(longestDays, Math.round(council.dice.exponential(meanDays)));
        return latest(today.minusDays(daysBack), earliest);
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
