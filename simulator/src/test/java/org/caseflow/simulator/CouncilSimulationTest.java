package org.caseflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference council simulated for a year: reproducible from its seed, close to the report's rates and stocks, on
 * working days where work is done, and made of steps the journey event contract can read.
 */
class CouncilSimulationTest {

    private static final YearMonth FIRST = YearMonth.of(2025, 11);
    private static final YearMonth LAST = YearMonth.of(2026, 10);
    private static final long SEED = 13;
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static final List<JourneyStep> steps = new ArrayList<>();
    private static final CouncilTally tally = new CouncilTally();
    private static List<CouncilTally.Month> year;

    @BeforeAll
    static void simulateAYear() {
        CouncilSimulation.of(CouncilProfile.referenceCouncil(), SEED).run(FIRST, LAST, step -> {
            steps.add(step);
            tally.accept(step);
        });
        year = tally.months(FIRST, LAST);
    }

    @Test
    void theSameSeedGivesTheSameCouncil() {
        List<JourneyStep> again = new ArrayList<>();
        CouncilSimulation.of(CouncilProfile.referenceCouncil(), SEED).run(FIRST, LAST, again::add);

        assertThat(again).hasSameSizeAs(steps).isEqualTo(steps);
        assertThat(again.get(again.size() - 1).toEvent(SEED).eventId()).isEqualTo(steps.get(steps.size() - 1).toEvent(SEED).eventId());
    }

    @Test
    void anotherSeedGivesAnotherCouncil() {
        List<JourneyStep> other = new ArrayList<>();
        CouncilSimulation.of(CouncilProfile.referenceCouncil(), SEED + 1).run(FIRST, FIRST, other::add);

        assertThat(other.subList(0, 1000)).isNotEqualTo(steps.subList(0, 1000));
    }

    /** The run command puts a simulated year beside its demo journeys in one database: the ids must not meet. */
    @Test
    void aCouncilInASeriesOfItsOwnIsTheSameCouncilWithItsIdsApart() {
        List<JourneyStep> plain = new ArrayList<>();
        List<JourneyStep> apart = new ArrayList<>();
        CouncilSimulation.of(CouncilProfile.referenceCouncil(), SEED).run(FIRST, FIRST, plain::add);
        CouncilSimulation.of(CouncilProfile.referenceCouncil(), SEED).withIdSeries("S").run(FIRST, FIRST, apart::add);

        assertThat(apart).extracting(JourneyStep::type).isEqualTo(plain.stream().map(JourneyStep::type).toList());
        assertThat(apart).extracting(JourneyStep::laChildId).filteredOn(Objects::nonNull)
                .isNotEmpty().allMatch(id -> id.matches("CS\\d{7}"));
        assertThat(apart).extracting(JourneyStep::contactId).filteredOn(Objects::nonNull)
                .isNotEmpty().allMatch(id -> id.matches("CON-S\\d{6}"));
        assertThat(apart).extracting(JourneyStep::referralId).filteredOn(Objects::nonNull)
                .isNotEmpty().allMatch(id -> id.matches("REF-S\\d{6}"));
        assertThat(apart).flatExtracting(step -> step.data().values()).filteredOn(String.class::isInstance)
                .map(String.class::cast).filteredOn(value -> value.matches("(CPP|CIN|EH|LAC)-.*"))
                .isNotEmpty().allMatch(id -> id.matches("(CPP|CIN|EH|LAC)-S\\d{6}"));
        assertThatThrownBy(() -> CouncilSimulation.of(CouncilProfile.referenceCouncil(), SEED).withIdSeries("sim").run(FIRST, FIRST, step -> { }))
                .hasMessageContaining("one capital letter");
    }

    @Test
    void aboutElevenHundredContactsAMonthAndTwentyOnePercentBecomeReferrals() {
        assertThat(average(CouncilTally.Month::contacts)).isCloseTo(1_100, within(90.0));
        double referralShare = sum(CouncilTally.Month::contactsOpeningAReferral) / (double) sum(CouncilTally.Month::contactsDecided);
        assertThat(referralShare).isCloseTo(0.21, within(0.02));
        double toEarlyHelp = sum(CouncilTally.Month::contactsToEarlyHelp) / (double) sum(CouncilTally.Month::contactsDecided);
        assertThat(toEarlyHelp).isCloseTo(0.08, within(0.015));
    }

    @Test
    void assessmentsFinishAroundTheirLimitMostInTime() {
        double inTime = sum(CouncilTally.Month::assessmentsInTime) / (double) sum(CouncilTally.Month::assessments);
        // the report: 86% in its June, 85% the target
        assertThat(inTime).isCloseTo(0.86, within(0.04));
        assertThat(sum(CouncilTally.Month::assessments)).isCloseTo(sum(CouncilTally.Month::referrals), within(150));
    }

    @Test
    void aboutAFifthOfReferralsAreReReferrals() {
        double reReferrals = sum(CouncilTally.Month::reReferrals) / (double) sum(CouncilTally.Month::referrals);
        assertThat(reReferrals).isCloseTo(0.22, within(0.04));
    }

    @Test
    void stocksStayNearTheReportsThroughTheYear() {
        assertThat(year).allSatisfy(month -> {
            assertThat(month.onCpPlans()).as("on a CP plan, %s", month.month()).isBetween(240, 370);
            assertThat(month.lookedAfter()).as("looked after, %s", month.month()).isBetween(470, 630);
            assertThat(month.inEarlyHelp()).as("in Early Help, %s", month.month()).isBetween(500, 780);
            assertThat(month.onCinPlans()).as("on a CIN plan, %s", month.month()).isBetween(180, 340);
        });
        // the report's children in need (807) as children on a plan or being assessed, and all open cases (1,966)
        assertThat(average(month -> month.openAssessments() + month.onCinPlans() + month.onCpPlans())).isBetween(750.0, 1_050.0);
        assertThat(average(month -> month.openAssessments() + month.onCinPlans() + month.onCpPlans() + month.lookedAfter()
                + month.inEarlyHelp())).isBetween(1_750.0, 2_300.0);
    }

    @Test
    void childrenStepDownToEarlyHelpAndUpToSocialCareAndComeIntoCare() {
        assertThat(sum(CouncilTally.Month::stepDowns)).isBetween(400, 900);
        assertThat(sum(CouncilTally.Month::stepUps)).isBetween(50, 250);
        // the report's milestone: 120 children entering care in the year
        assertThat(sum(CouncilTally.Month::enteredCare)).isBetween(100, 220);
        assertThat(sum(CouncilTally.Month::cpPlansStarted)).isBetween(180, 420);
        double icpcsInTime = sum(CouncilTally.Month::icpcsInTime) / (double) sum(CouncilTally.Month::icpcs);
        assertThat(icpcsInTime).isCloseTo(0.81, within(0.08));
    }

    @Test
    void workIsDoneOnWorkingDaysAndDueOnWorkingDaysWhereTheRuleCountsThem() {
        Set<String> countedInWorkingDays = Set.of("ContactReceived", "ContactDecided", "ReferralReceived", "AssessmentCompleted",
                "StrategyDiscussionHeld", "Section47Completed", "IcpcHeld", "CpVisitMade", "CpVisitDue", "CinVisitMade",
                "CinVisitDue", "CareStarted", "EarlyHelpTransferAccepted");
        assertThat(steps).allSatisfy(step -> {
            if (!step.type().equals(ContactReceived.TYPE)) {
                assertThat(CALENDAR.isWorkingDay(step.occurredOn())).as("%s on %s", step.type(), step.occurredOn()).isTrue();
            }
            if (countedInWorkingDays.contains(step.type()) && step.dueOn() != null) {
                assertThat(CALENDAR.isWorkingDay(step.dueOn())).as("%s due on %s", step.type(), step.dueOn()).isTrue();
            }
        });
        assertThat(steps).filteredOn(step -> step.type().equals(ContactReceived.TYPE))
                .anySatisfy(step -> assertThat(CALENDAR.isWorkingDay(step.occurredOn())).isFalse());
    }

    @Test
    void afterTheCasesOpenOnItsFirstDayTheCouncilsStepsComeInDateOrder() {
        LocalDate start = CouncilSimulation.startOf(FIRST);
        List<JourneyStep> fromTheStart = steps.stream().dropWhile(step -> !step.type().equals(ContactReceived.TYPE)).toList();
        assertThat(fromTheStart.get(0).occurredOn()).isAfterOrEqualTo(start);
        for (int i = 1; i < fromTheStart.size(); i++) {
            assertThat(fromTheStart.get(i).occurredOn()).isAfterOrEqualTo(fromTheStart.get(i - 1).occurredOn());
        }
        assertThat(steps.get(steps.size() - 1).occurredOn()).isBeforeOrEqualTo(LAST.atEndOfMonth());
        assertThat(steps).extracting(JourneyStep::sequence).doesNotHaveDuplicates();
    }

    @Test
    void everyStepIsAJourneyEventTheServicesCanRead() {
        Set<String> types = new HashSet<>();
        for (JourneyStep step : steps) {
            types.add(step.type());
            assertThat(JourneyReaders.BY_TYPE).as("a reader for %s", step.type()).containsKey(step.type());
            JourneyReaders.BY_TYPE.get(step.type()).apply(step.toEvent(SEED));
        }
        assertThat(types).as("every stage takes its steps").containsAll(JourneyReaders.BY_TYPE.keySet());
    }

    @Test
    void aYearOutsideTheCalendarIsRefusedWithTheReason() {
        assertThatThrownBy(() -> CouncilSimulation.of(CouncilProfile.referenceCouncil(), SEED).run(YearMonth.of(2018, 1),
                YearMonth.of(2018, 2), step -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("The calendar covers 2018-01-01");
    }

    private static int sum(ToIntFunction<CouncilTally.Month> figure) {
        return year.stream().mapToInt(figure).sum();
    }

    private static double average(ToIntFunction<CouncilTally.Month> figure) {
        return year.stream().mapToInt(figure).average().orElseThrow();
    }
}
