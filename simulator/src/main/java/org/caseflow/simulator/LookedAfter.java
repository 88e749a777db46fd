package org.caseflow.simulator;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_CEASED_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_ENTRY_ROUTE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_SOCIAL_WORKER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_START_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_TEAM;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CATEGORY_OF_NEED;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_PERIOD_ID;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_REVIEW_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_REVIEW_DUE_ON;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_VISIT_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_VISIT_DUE_ON;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.INDEPENDENT_REVIEWING_OFFICER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.LEGAL_STATUS;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_CHANGE_REASON;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_EMERGENCY;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_POSTCODE_DISTRICT;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_PROVIDER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_START_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_TYPE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_UNTIL_EIGHTEEN;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.REASON_CEASED;

import java.time.LocalDate;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.journey.events.lookedafter.CareCeased;
import org.caseflow.journey.events.lookedafter.CareEntryRoute;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.CategoryOfNeed;
import org.caseflow.journey.events.lookedafter.ClaReviewHeld;
import org.caseflow.journey.events.lookedafter.ClaVisitMade;
import org.caseflow.journey.events.lookedafter.ClaWorkDue;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementChangeReason;
import org.caseflow.journey.events.lookedafter.PlacementChanged;
import org.caseflow.journey.events.lookedafter.ReasonCeased;

/**
 * Children looked after: periods of care entered from an assessment, a plan or directly (police protection, an
 * unaccompanied child, remand, accommodation), with visits within a week of each placement's start and then every
 * 6 weeks, or 3 months after a long-term placement's first year (regulation 28, rules T12-T14), reviews after 20
 * working days, 3 months and then every 6 months (regulation 33, T17-T19), changes of placement, and the end of care.
 * About a quarter of periods are short (months: the child goes home); the rest last years, many until 18, so that some
 * 550 children are looked after in the reference council.
 */
final class LookedAfter {

    private static final int FIRST_REVIEW_WORKING_DAYS = StatutoryTimescale.FIRST_CLA_REVIEW.limit();
    private static final double SHORT_PERIODS = 0.28;
    private static final double SHORT_PERIOD_MEAN_DAYS = 150;
    private static final double LONG_PERIOD_MEAN_DAYS = 12 * 365;
    /** Short stays are over a quarter of the children coming into care but few of those in care on any one day. */
    private static final double SHORT_PERIODS_IN_CARE_ON_A_DAY = SHORT_PERIODS * SHORT_PERIOD_MEAN_DAYS
            / (SHORT_PERIODS * SHORT_PERIOD_MEAN_DAYS + (1 - SHORT_PERIODS) * LONG_PERIOD_MEAN_DAYS);
    private static final double PLACEMENT_CHANGES_MEAN_DAYS = 3 * 365;
    private static final double VISIT_ON_TIME = 0.9;
    private static final double REVIEW_ON_TIME = 0.92;
    private static final Mix<LegalStatus> LEGAL_STATUSES = Mix.of(LegalStatus.C2, 45, LegalStatus.C1, 20, LegalStatus.V2, 22,
            LegalStatus.E1, 7, LegalStatus.L1, 2, LegalStatus.L2, 1, LegalStatus.J1, 1, LegalStatus.V3, 2);
    private static final Mix<CategoryOfNeed> NEEDS = Mix.of(CategoryOfNeed.N1, 63, CategoryOfNeed.N2, 4, CategoryOfNeed.N3, 3,
            CategoryOfNeed.N4, 8, CategoryOfNeed.N5, 13, CategoryOfNeed.N6, 1, CategoryOfNeed.N8, 8);
    /** How the children in care on the first day came into care, for the record: the periods are older than the stream. */
    private static final Mix<CareEntryRoute> ROUTES_OF_CHILDREN_IN_CARE = Mix.of(CareEntryRoute.CP_PLAN, 40, CareEntryRoute.ASSESSMENT, 35,
            CareEntryRoute.CIN_PLAN, 10, CareEntryRoute.ACCOMMODATED, 15);
    private static final Mix<CareEntryRoute> DIRECT_ROUTES = Mix.of(CareEntryRoute.POLICE_PROTECTION, 30,
            CareEntryRoute.UNACCOMPANIED_CHILD, 35, CareEntryRoute.ACCOMMODATED, 30, CareEntryRoute.REMAND, 5);
    private static final Mix<PlacementChangeReason> CHANGE_REASONS = Mix.of(PlacementChangeReason.CARPL, 45,
            PlacementChangeReason.CREQB, 15, PlacementChangeReason.CREQO, 10, PlacementChangeReason.CHRES, 8,
            PlacementChangeReason.LAREQ, 7, PlacementChangeReason.STAND, 5, PlacementChangeReason.OTHER, 10);
    private static final Mix<ReasonCeased> SHORT_PERIOD_ENDS = Mix.of(ReasonCeased.E4A, 55, ReasonCeased.E4B, 10, ReasonCeased.E13, 10,
            ReasonCeased.E41, 8, ReasonCeased.E8, 12, ReasonCeased.E3, 5);
    private static final Mix<ReasonCeased> LONG_PERIOD_ENDS = Mix.of(ReasonCeased.E11, 20, ReasonCeased.E12, 3, ReasonCeased.E45, 12,
            ReasonCeased.E46, 8, ReasonCeased.E47, 10, ReasonCeased.E4A, 22, ReasonCeased.E41, 7, ReasonCeased.E8, 8,
            ReasonCeased.E3, 5, ReasonCeased.E16, 2, ReasonCeased.E9, 3);
    private static final Mix<ReasonCeased> AT_EIGHTEEN = Mix.of(ReasonCeased.E17, 25, ReasonCeased.E5, 45, ReasonCeased.E6, 15,
            ReasonCeased.E7, 5, ReasonCeased.E8, 10);

    /** One period of care while it lasts. */
    private static final class Period {
        final String id;
        final Episode episode;
        final Workforce.Team team;
        final String socialWorker;
        final LocalDate startedOn;
        Placements.Placement placement;
        /** Changes with each placement, so that visits planned for the one before are dropped. */
        int placementNumber;
        LocalDate lastVisit;
        int reviewsHeld;
        boolean ended;

        Period(String id, Episode episode, Workforce.Team team, String socialWorker, LocalDate startedOn) {
            this.id = id;
            this.episode = episode;
            this.team = team;
            this.socialWorker = socialWorker;
            this.startedOn = startedOn;
            this.lastVisit = startedOn;
        }
    }

    private final Council council;

    LookedAfter(Council council) {
        this.council = council;
    }

    /** Social care decided today that the child be looked after; the entry is recorded within a few working days. */
    void requested(Episode episode, CareEntryRoute route) {
        episode.workStarted();
        council.schedule.at(council.workingDaysFromToday(0, 4), () -> {
            enter(episode, route, council.today(), council.today());
            episode.workEnded();
        });
    }

    /** The children coming into care directly on {@code day}, with no referral: police protection, an unaccompanied child… */
    void directEntriesOn(LocalDate day) {
        if (!council.days.isWorkingDay(day)) {
            return;
        }
        int entries = council.dice.poisson(council.profile.directCareEntriesPerMonth() * 12 / 252.0);
        for (int i = 0; i < entries; i++) {
            CareEntryRoute route = DIRECT_ROUTES.pick(council.dice);
            Child child = switch (route) {
                case UNACCOMPANIED_CHILD -> council.children.bornAged(day, council.dice.between(14, 17));
                case REMAND -> council.children.bornAged(day, council.dice.between(12, 17));
                default -> council.children.newChild(day);
            };
            enter(new Episode(child, null, null, council.workforce.careTeam(council.dice).id()), route, day, day);
        }
    }

    /**
     * A child looked after on the simulation's first day, since {@code startedOn} and in their current placement since
     * {@code placedOn}: the start, any change of placement, every review since and the last visit are recorded as they
     * were, and what comes next is planned.
     */
    void alreadyLookedAfter(Child child, LocalDate startedOn, LocalDate placedOn) {
        Episode episode = new Episode(child, null, null, council.workforce.careTeam(council.dice).id());
        Period period = enter(episode, ROUTES_OF_CHILDREN_IN_CARE.pick(council.dice), startedOn, placedOn);
        LocalDate today = council.today();
        if (placedOn.isAfter(startedOn)) {
            changePlacement(period, placedOn);
        }
        planPlacementChange(period);
        LocalDate reviewDue = council.days.plus(startedOn, FIRST_REVIEW_WORKING_DAYS);
        while (reviewDue.isBefore(today)) {
            LocalDate heldOn = council.days.minus(reviewDue, council.dice.between(0, 3));
            recordReview(period, heldOn, reviewDue);
            reviewDue = nextReviewDue(period, heldOn);
        }
        LocalDate lastVisit = council.days.minus(today, council.dice.between(1, 25));
        if (lastVisit.isAfter(period.placement.startedOn())) {
            recordVisit(period, lastVisit, council.days.plus(lastVisit, 3));
        }
        planVisit(period, nextVisitDue(period, period.lastVisit));
        planReview(period, reviewDue);
    }

    /**
     * The period starts on {@code startedOn} with its first placement; when the current placement began later
     * ({@code placedOn}, for a child already looked after) the first one is drawn anyway and changed on that day.
     */
    private Period enter(Episode episode, CareEntryRoute route, LocalDate startedOn, LocalDate placedOn) {
        episode.workStarted();
        Workforce.Team team = council.workforce.careTeam(council.dice);
        Period period = new Period(council.ids.carePeriod(), episode, team, Workforce.workerIn(team, council.dice), startedOn);
        period.placement = Placements.draw(council.dice, startedOn);
        LegalStatus legalStatus = switch (route) {
            case POLICE_PROTECTION -> LegalStatus.L1;
            case REMAND -> LegalStatus.J1;
            case UNACCOMPANIED_CHILD, ACCOMMODATED -> LegalStatus.V2;
            default -> LEGAL_STATUSES.pick(council.dice);
        };
        LocalDate firstReviewDue = council.days.plus(startedOn, FIRST_REVIEW_WORKING_DAYS);
        Journal.Entry started = council.journal.step(CareStarted.TYPE, startedOn).of(episode).due(firstReviewDue)
                .by(team.id(), team.manager())
                .with(CLA_PERIOD_ID, period.id).with(CARE_START_DATE, startedOn).with(CARE_ENTRY_ROUTE, route)
                .with(LEGAL_STATUS, legalStatus).with(CATEGORY_OF_NEED, NEEDS.pick(council.dice))
                .with(CARE_TEAM, team.id()).with(CARE_SOCIAL_WORKER, period.socialWorker);
        withPlacement(started, period.placement).record();
        recordVisitDue(period, startedOn, startedOn.plusWeeks(1));
        boolean comingIntoCareToday = startedOn.equals(council.today());
        if (comingIntoCareToday) {
            planVisit(period, startedOn.plusWeeks(1));
            planReview(period, firstReviewDue);
            planPlacementChange(period);
        }
        planEnd(period, legalStatus, comingIntoCareToday ? SHORT_PERIODS : SHORT_PERIODS_IN_CARE_ON_A_DAY);
        return period;
    }

    private Journal.Entry withPlacement(Journal.Entry entry, Placements.Placement placement) {
        return entry.with(PLACEMENT_START_DATE, placement.startedOn()).with(PLACEMENT_TYPE, placement.type())
                .with(PLACEMENT_PROVIDER, placement.provider()).with(PLACEMENT_POSTCODE_DISTRICT, "SE9")
                .with(PLACEMENT_UNTIL_EIGHTEEN, placement.untilEighteen()).with(PLACEMENT_EMERGENCY, placement.emergency());
    }

    private void planPlacementChange(Period period) {
        LocalDate movesOn = council.days.onOrAfter(council.today().plusDays(Math.round(council.dice.exponential(PLACEMENT_CHANGES_MEAN_DAYS)) + 7));
        council.schedule.at(movesOn, () -> {
            if (!period.ended) {
                changePlacement(period, council.today());
                planVisit(period, council.today().plusWeeks(1));
                planPlacementChange(period);
            }
        });
    }

    private void changePlacement(Period period, LocalDate movedOn) {
        period.placement = Placements.draw(council.dice, movedOn);
        period.placementNumber++;
        LocalDate visitDue = movedOn.plusWeeks(1);
        Journal.Entry moved = council.journal.step(PlacementChanged.TYPE, movedOn).of(period.episode).due(visitDue)
                .by(period.team.id(), period.socialWorker)
                .with(CLA_PERIOD_ID, period.id).with(PLACEMENT_CHANGE_REASON, CHANGE_REASONS.pick(council.dice));
        withPlacement(moved, period.placement).record();
        recordVisitDue(period, movedOn, visitDue);
    }

    private void planVisit(Period period, LocalDate dueOn) {
        int placement = period.placementNumber;
        LocalDate visitOn = council.doneAround(dueOn, council.days.plus(period.lastVisit, 1), VISIT_ON_TIME, 10, 8);
        council.schedule.at(visitOn, () -> {
            if (!period.ended && placement == period.placementNumber) {
                recordVisit(period, council.today(), dueOn);
                planVisit(period, nextVisitDue(period, council.today()));
            }
        });
    }

    /** Within 6 weeks of the last visit, or 3 months after the first year of a placement meant to last until 18 (T13, T14). */
    private LocalDate nextVisitDue(Period period, LocalDate lastVisit) {
        boolean settled = period.placement.untilEighteen() && lastVisit.isAfter(period.placement.startedOn().plusYears(1));
        return settled ? lastVisit.plusMonths(3) : lastVisit.plusWeeks(6);
    }

    private void recordVisit(Period period, LocalDate visitedOn, LocalDate dueOn) {
        council.journal.step(ClaVisitMade.TYPE, visitedOn).of(period.episode).due(dueOn).by(period.team.id(), period.socialWorker)
                .with(CLA_PERIOD_ID, period.id).with(CLA_VISIT_DATE, visitedOn).with(CLA_CHILD_SEEN, true)
                .with(CLA_CHILD_SEEN_ALONE, council.dice.chance(0.5))
                .record();
        period.lastVisit = visitedOn;
        recordVisitDue(period, visitedOn, nextVisitDue(period, visitedOn));
    }

    private void recordVisitDue(Period period, LocalDate countedFrom, LocalDate dueOn) {
        council.journal.step(ClaWorkDue.VISIT_DUE, countedFrom).of(period.episode).due(dueOn).by(period.team.id(), null)
                .with(CLA_PERIOD_ID, period.id).with(CLA_VISIT_DUE_ON, dueOn)
                .record();
    }

    private void planReview(Period period, LocalDate dueOn) {
        LocalDate heldOn = council.doneAround(dueOn, council.days.plus(council.today(), 1), REVIEW_ON_TIME, 10, 10);
        council.schedule.at(heldOn, () -> {
            if (!period.ended) {
                recordReview(period, council.today(), dueOn);
                planReview(period, nextReviewDue(period, council.today()));
            }
        });
    }

    /** The second review within 3 months of the first, each later one within 6 months (T18, T19). */
    private LocalDate nextReviewDue(Period period, LocalDate lastReview) {
        return lastReview.plusMonths(period.reviewsHeld == 1 ? 3 : 6);
    }

    private void recordReview(Period period, LocalDate heldOn, LocalDate dueOn) {
        council.journal.step(ClaReviewHeld.TYPE, heldOn).of(period.episode).due(dueOn).by(period.team.id(), period.socialWorker)
                .with(CLA_PERIOD_ID, period.id).with(CLA_REVIEW_DATE, heldOn).with(CLA_REVIEW_DUE_ON, dueOn)
                .with(INDEPENDENT_REVIEWING_OFFICER, "iro." + period.team.id())
                .record();
        period.reviewsHeld++;
    }

    /**
     * Care ends after a short or a long stay, and at the latest when the child turns 18. A stay is as likely to end on
     * any day, so for a child already in care how much is left is drawn from today.
     */
    private void planEnd(Period period, LegalStatus legalStatus, double shortStays) {
        boolean shortStay = legalStatus == LegalStatus.L1 || legalStatus.isShortBreaks() || council.dice.chance(shortStays);
        double meanDays = shortStay ? SHORT_PERIOD_MEAN_DAYS : LONG_PERIOD_MEAN_DAYS;
        LocalDate endsOn = council.today().plusDays(Math.round(council.dice.exponential(meanDays)) + 14);
        LocalDate eighteenth = period.episode.child.eighteenthBirthday();
        boolean atEighteen = !endsOn.isBefore(eighteenth);
        LocalDate ceasesOn = council.days.onOrAfter(atEighteen ? eighteenth : endsOn);
        ReasonCeased reason = (atEighteen ? AT_EIGHTEEN : shortStay ? SHORT_PERIOD_ENDS : LONG_PERIOD_ENDS).pick(council.dice);
        council.schedule.at(ceasesOn, () -> cease(period, reason));
    }

    private void cease(Period period, ReasonCeased reason) {
        LocalDate today = council.today();
        council.journal.step(CareCeased.TYPE, today).of(period.episode).by(period.team.id(), period.team.manager())
                .with(CLA_PERIOD_ID, period.id).with(REASON_CEASED, reason).with(CARE_CEASED_DATE, today)
                .record();
        period.ended = true;
        period.episode.workEnded();
    }
}
