package org.caseflow.workflow.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_CEASED_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_ENTRY_ROUTE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_REQUESTED_ON;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_START_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_TEAM;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CATEGORY_OF_NEED;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_REVIEW_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_VISIT_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.INDEPENDENT_REVIEWING_OFFICER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.LEGAL_STATUS;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_CHANGE_REASON;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_EMERGENCY;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_PLAN_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_POSTCODE_DISTRICT;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_PROVIDER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_START_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_TYPE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_UNTIL_EIGHTEEN;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.REASON_CEASED;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.lookedafter.CareEntryRoute;
import org.caseflow.journey.events.lookedafter.CategoryOfNeed;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementChangeReason;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.frontdoor.KnownChildren;
import org.caseflow.workflow.frontdoor.rules.ContactRules;
import org.caseflow.workflow.identity.TeamDirectory;
import org.caseflow.workflow.lookedafter.rules.LookedAfterRules;
import org.caseflow.workflow.lookedafter.rules.VisitIntervals;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.workflow.rules.RecurringWorkRules;
import org.caseflow.workflow.timescale.StatutoryClocks;
import org.springframework.stereotype.Component;

/**
 * A period of care's steps as the engine runs them ({@code looked-after.bpmn}): reads what was
 * recorded on entering care, on each change of placement, visit, review and on ceasing care, holds
 * it to {@link LookedAfterRules}, and starts the clocks of regulations 28 and 33 from the dates
 * actually recorded.
 */
@Component("lookedAfterSteps")
public class LookedAfterSteps {

    /** Who started a direct entry to care (a team manager): they record the entry next. */
    public static final String ENTRY_STARTER = "careEntryStarter";
    /** The first review has been held: later ones are due by rule T19, not T18. */
    static final String REVIEWS_HELD = "claReviewsHeld";

    private final KnownChildren knownChildren;
    private final TeamDirectory teams;
    private final StatutoryClocks clocks;

    LookedAfterSteps(KnownChildren knownChildren, TeamDirectory teams, StatutoryClocks clocks) {
        this.knownChildren = knownChildren;
        this.teams = teams;
        this.clocks = clocks;
    }

    /** The start form of a direct entry (police protection, remand, an unaccompanied child, section 20): who the child is, how and when. */
    public void checkDirectEntry(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        boolean known = knownChildren.linkToRecord(execution);
        ContactRules.checkChild(new ContactRules.Child(known, input.text(JourneyData.CHILD_GIVEN_NAME).orElse(null),
                input.text(JourneyData.CHILD_FAMILY_NAME).orElse(null), input.date(JourneyData.CHILD_DATE_OF_BIRTH).orElse(null),
                input.date(JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH).orElse(null)), TaskInput.today());
        input.requiredChoice(CARE_ENTRY_ROUTE, CareEntryRoute.class);
        input.requiredDate(CARE_REQUESTED_ON);
        OnePeriodOfCare.requireNoOtherOpen(execution);
    }

    /** A period asked for by a plan, a conference or an assessment: refused while the child's current period is open. */
    public void checkNoOtherPeriodOpen(DelegateExecution execution) {
        OnePeriodOfCare.requireNoOtherOpen(execution);
    }

    /** Who records the entry: the referring team's managers, or the manager who started a direct entry. */
    public String entryGroup(DelegateExecution execution) {
        Object team = execution.getVariable(FrontDoorData.ASSESSMENT_TEAM);
        return team == null ? CaseflowGroups.TEAM_MANAGERS : CaseflowGroups.managersOf(team.toString());
    }

    /** {@code RecordEntryToCare}, on complete. */
    public void checkEntry(DelegateTask task) {
        OnePeriodOfCare.requireNoOtherOpen(task.getExecution());
        TaskInput input = TaskInput.of(task);
        input.requiredChoice(LEGAL_STATUS, LegalStatus.class);
        input.requiredChoice(CATEGORY_OF_NEED, CategoryOfNeed.class);
        readPlacement(input);
        LookedAfterRules.checkEntry(new LookedAfterRules.Entry(input.requiredDate(CARE_REQUESTED_ON), input.requiredDate(CARE_START_DATE),
                input.text(CARE_TEAM).orElse(null), input.text(PLACEMENT_POSTCODE_DISTRICT).orElse(null)), TaskInput.today(), teams::isCareTeam);
    }

    /**
     * The period starts: its first placement starts the same day; the first review is due within
     * 20 working days (rule T17), the first visit within a week (T12), an emergency placement's
     * plan within 5 working days (T20).
     */
    public void startPeriod(DelegateExecution execution) {
        execution.setVariable(PLACEMENT_START_DATE, TaskInput.of(execution).requiredDate(CARE_START_DATE).toString());
        execution.setVariable(REVIEWS_HELD, 0);
        clocks.start(execution, "claReview", StatutoryTimescale.FIRST_CLA_REVIEW.id(), CARE_START_DATE);
        startPlacementClocks(execution);
    }

    /** A new placement: a visit within a week of its start (T12), and an emergency placement's plan within 5 working days (T20). */
    public void startPlacementClocks(DelegateExecution execution) {
        clocks.start(execution, "claVisit", StatutoryTimescale.CLA_VISIT_AFTER_PLACEMENT.id(), PLACEMENT_START_DATE);
        if (TaskInput.of(execution).flag(PLACEMENT_EMERGENCY)) {
            clocks.start(execution, "placementPlan", StatutoryTimescale.EMERGENCY_PLACEMENT_PLAN.id(), PLACEMENT_START_DATE);
        }
    }

    /** After a visit in which the child was seen: the next by T13 or T14, from that visit ({@link VisitIntervals}). */
    public void startNextVisitClock(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        StatutoryTimescale interval = VisitIntervals.after(input.requiredDate(CLA_VISIT_DATE), input.requiredDate(PLACEMENT_START_DATE),
                input.flag(PLACEMENT_UNTIL_EIGHTEEN));
        clocks.start(execution, "claVisit", interval.id(), CLA_VISIT_DATE);
    }

    /** After a review: the second within 3 months of the first (T18), each later one within 6 months (T19). */
    public void startNextReviewClock(DelegateExecution execution) {
        int held = ((Number) execution.getVariable(REVIEWS_HELD)).intValue() + 1;
        execution.setVariable(REVIEWS_HELD, held);
        StatutoryTimescale next = held == 1 ? StatutoryTimescale.SECOND_CLA_REVIEW : StatutoryTimescale.LATER_CLA_REVIEW;
        clocks.start(execution, "claReview", next.id(), CLA_REVIEW_DATE);
    }

    /** {@code RecordClaVisit}, on create: whether the child was seen is answered afresh at every visit. */
    public void askAfresh(DelegateTask task) {
        task.getExecution().setVariable(CLA_CHILD_SEEN, false);
        task.getExecution().setVariable(CLA_CHILD_SEEN_ALONE, false);
    }

    /** {@code RecordClaVisit}, on complete. */
    public void checkVisit(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        LookedAfterRules.checkVisit(new RecurringWorkRules.Visit(input.requiredDate("claVisitCountedFrom"), input.requiredDate(CLA_VISIT_DATE),
                input.flag(CLA_CHILD_SEEN), input.flag(CLA_CHILD_SEEN_ALONE)), TaskInput.today());
    }

    /** {@code HoldClaReview}, on complete. */
    public void checkReview(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        LookedAfterRules.checkReview(new RecurringWorkRules.Meeting(input.requiredDate("claReviewCountedFrom"),
                input.requiredDate(CLA_REVIEW_DATE)), input.text(INDEPENDENT_REVIEWING_OFFICER).orElse(null), TaskInput.today());
    }

    /**
     * {@code RecordPlacementChange}, on create: the current placement's start, which the change may
     * not predate, kept on the task before the form's new placement overwrites it.
     */
    public void rememberCurrentPlacement(DelegateTask task) {
        task.setVariableLocal("currentPlacementSince", task.getVariable(PLACEMENT_START_DATE));
    }

    /** {@code RecordPlacementChange}, on complete. */
    public void checkPlacementChange(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        input.requiredChoice(PLACEMENT_CHANGE_REASON, PlacementChangeReason.class);
        readPlacement(input);
        LookedAfterRules.checkPlacementChange(new LookedAfterRules.PlacementChange(input.requiredDate("currentPlacementSince"),
                input.requiredDate(PLACEMENT_START_DATE), input.text(PLACEMENT_POSTCODE_DISTRICT).orElse(null)), TaskInput.today());
    }

    /** {@code AgreePlacementPlan}, on complete. */
    public void checkPlacementPlan(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        LookedAfterRules.checkPlacementPlan(input.requiredDate(PLACEMENT_START_DATE), input.requiredDate(PLACEMENT_PLAN_DATE), TaskInput.today());
    }

    /** {@code RecordCareCeased}, on complete. */
    public void checkCeased(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        input.requiredChoice(REASON_CEASED, ReasonCeased.class);
        LookedAfterRules.checkCeased(input.requiredDate(CARE_START_DATE), input.requiredDate(CARE_CEASED_DATE), TaskInput.today());
    }

    private static void readPlacement(TaskInput input) {
        input.requiredChoice(PLACEMENT_TYPE, PlacementType.class);
        input.requiredChoice(PLACEMENT_PROVIDER, PlacementProvider.class);
    }

}
