package org.caseflow.simulator;

import java.time.LocalDate;

/**
 * Everything the simulated council's journeys share: its size, chance, calendar, ids, children, people, what it has
 * planned to do and the journal its steps go to; and the stages, which hand children on to each other.
 */
final class Council {

    final CouncilProfile profile;
    final Dice dice;
    final BusinessDays days;
    final Ids ids;
    final Children children;
    final Workforce workforce;
    final Schedule schedule;
    final Journal journal;

    final FrontDoor frontDoor;
    final Assessments assessments;
    final ChildProtection childProtection;
    final CpPlans cpPlans;
    final CinPlans cinPlans;
    final EarlyHelp earlyHelp;
    final LookedAfter lookedAfter;
    final Supervision supervision;

    Council(CouncilProfile profile, Dice dice, BusinessDays days, LocalDate firstDay, String idSeries, StepSink sink) {
        this.profile = profile;
        this.ids = new Ids(idSeries);
        this.dice = dice;
        this.days = days;
        this.children = new Children(dice, ids);
        this.workforce = Workforce.of(profile.socialWorkers(), profile.earlyHelpPractitioners());
        this.schedule = new Schedule(firstDay);
        this.journal = new Journal(sink);
        this.frontDoor = new FrontDoor(this);
        this.assessments = new Assessments(this);
        this.childProtection = new ChildProtection(this);
        this.cpPlans = new CpPlans(this);
        this.cinPlans = new CinPlans(this);
        this.earlyHelp = new EarlyHelp(this);
        this.lookedAfter = new LookedAfter(this);
        this.supervision = new Supervision(this);
    }

    LocalDate today() {
        return schedule.today();
    }

    /** A working day between {@code low} and {@code high} working days after today. */
    LocalDate workingDaysFromToday(int low, int high) {
        return days.plus(days.onOrAfter(today()), dice.between(low, high));
    }

    /**
     * When work due on {@code dueOn} is done: with probability {@code onTime} on a working day up to
     * {@code earliestDaysBefore} calendar days before it (never before {@code notBefore}), otherwise 1 to
     * {@code latestWorkingDaysLate} working days late.
     */
    LocalDate doneAround(LocalDate dueOn, LocalDate notBefore, double onTime, int earliestDaysBefore, int latestWorkingDaysLate) {
        if (dice.chance(onTime)) {
            LocalDate early = days.minus(dueOn.minusDays(dice.between(0, earliestDaysBefore)), 0);
            LocalDate inTime = early.isBefore(notBefore) ? days.onOrAfter(notBefore) : early;
            if (!inTime.isAfter(dueOn)) {
                return inTime;
            }
        }
        return days.plus(dueOn.isBefore(notBefore) ? notBefore : dueOn, dice.between(1, latestWorkingDaysLate));
    }
}
