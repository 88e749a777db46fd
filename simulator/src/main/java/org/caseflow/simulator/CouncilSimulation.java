package org.caseflow.simulator;

import java.time.LocalDate;
import java.time.YearMonth;
import org.caseflow.calendar.WorkingDayCalendar;

/**
 * A synthetic council: the journeys of its children through the front door, assessments, child protection, child in
 * need plans, Early Help and care, and its social workers' supervision, month after month, from a seed. The same
 * profile, seed and calendar give the same steps in the same order, every time.
 *
 * <p>The steps of {@code first} to {@code last} are complete: the simulation starts a quarter before {@code first},
 * so that the work in progress on its first day (assessments, enquiries) is real, and opens with the plans, periods
 * of care and Early Help episodes already open then, recorded as they began. So the stream opens with steps dated
 * before {@code first}; from then on, steps come in date order.
 */
public final class CouncilSimulation {

    /** A quarter: long enough for a referral of the first day to have been assessed. */
    static final int WARM_UP_WEEKS = 13;

    private final CouncilProfile profile;
    private final long seed;
    private final WorkingDayCalendar calendar;
    private final String idSeries;

    private CouncilSimulation(CouncilProfile profile, long seed, WorkingDayCalendar calendar, String idSeries) {
        this.profile = profile;
        this.seed = seed;
        this.calendar = calendar;
        this.idSeries = idSeries;
    }

    /** On England and Wales' working days as Caseflow ships them. */
    public static CouncilSimulation of(CouncilProfile profile, long seed) {
        return of(profile, seed, WorkingDayCalendar.englandAndWales());
    }

    public static CouncilSimulation of(CouncilProfile profile, long seed, WorkingDayCalendar calendar) {
        return new CouncilSimulation(profile, seed, calendar, "");
    }

    /**
     * The same council with its ids in a series of their own (a capital letter: children {@code CS1000042}, contacts
     * {@code CON-S000042}), to share a database with the ids Caseflow gives.
     */
    public CouncilSimulation withIdSeries(String series) {
        return new CouncilSimulation(profile, seed, calendar, series);
    }

    /** The day the simulation starts, a quarter before {@code first}: a Monday. */
    public static LocalDate startOf(YearMonth first) {
        LocalDate start = first.atDay(1).minusWeeks(WARM_UP_WEEKS);
        return start.minusDays(start.getDayOfWeek().getValue() - 1L);
    }

    /**
     * Runs the council from a quarter before the first day of {@code first} to the last day of {@code last}, giving
     * every step to {@code sink} as it happens.
     *
     * @return how many steps there were
     */
    public long run(YearMonth first, YearMonth last, StepSink sink) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The months run from " + first + " to " + last + ": the last is before the first");
        }
        BusinessDays days = new BusinessDays(calendar);
        LocalDate end = last.atEndOfMonth();
        requireCovered(days, startOf(first), end);
        LocalDate start = days.onOrAfter(startOf(first));
        Council council = new Council(profile, new Dice(seed), days, start, idSeries, sink);
        new OpeningStock(council).open();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            council.schedule.begin(day);
            council.frontDoor.contactsOn(day);
            council.earlyHelp.partnerRequestsOn(day);
            council.lookedAfter.directEntriesOn(day);
            council.schedule.runToEndOfDay();
        }
        return council.journal.recorded();
    }

    /** The opening cases reach back up to three years, and deadlines are counted up to a year past the last day. */
    private static void requireCovered(BusinessDays days, LocalDate start, LocalDate end) {
        LocalDate earliest = days.firstCoveredDay().plusDays(90);
        if (start.isBefore(earliest) || end.plusYears(1).isAfter(days.lastCoveredDay())) {
            throw new IllegalArgumentException("The calendar covers " + days.firstCoveredDay() + " to " + days.lastCoveredDay()
                    + "; a simulation from " + start + " to " + end + " needs it from " + earliest + " to " + end.plusYears(1));
        }
    }
}
