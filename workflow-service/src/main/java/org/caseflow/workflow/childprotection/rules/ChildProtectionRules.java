package org.caseflow.workflow.childprotection.rules;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.FURTHER_STRATEGY_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_CHAIR;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_LATE_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.LEAD_SOCIAL_WORKER;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_COMPLETED_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_DECISION;
import static org.caseflow.journey.events.oversight.OversightData.MANAGER_DIRECTION;
import static org.caseflow.journey.events.oversight.OversightData.OVERSIGHT_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_RATIONALE;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.caseflow.journey.events.childprotection.AbuseCategory;
import org.caseflow.journey.events.childprotection.EndorsementDecision;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.Section47Outcome;
import org.caseflow.workflow.earlyhelp.rules.StepDownFocus;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RuleViolation;

/**
 * What the strategy discussion, the section 47 enquiry and the initial child protection conference
 * must say (docs/statutory-rules.md T2 and T4; Working Together 2023, chapter 3).
 */
public final class ChildProtectionRules {

    private ChildProtectionRules() {
    }

    /** @param requestedOn the day the front door or the assessment decided to hold one */
    public record StrategyDiscussion(LocalDate requestedOn, LocalDate heldOn, String rationale) {
    }

    /**
     * @param startedOn        the initiating strategy discussion's date (the enquiry's start)
     * @param furtherStrategyOn a later strategy discussion during the enquiry, if one was held
     * @param onAPlan           the child is on a child protection plan already (the enquiry was asked for during it)
     * @param stepDownFocus     the Early Help plan's focus, for a step-down
     */
    public record Enquiry(LocalDate startedOn, LocalDate childSeenOn, LocalDate furtherStrategyOn, LocalDate completedOn,
            Section47Outcome outcome, AbuseCategory category, Section47Decision decision, boolean onAPlan, StepDownFocus stepDownFocus) {
    }

    /**
     * A team manager's decision on the outcome of an enquiry put to them.
     *
     * @param completedOn the day the enquiry was completed and put to them
     */
    public record Endorsement(EndorsementDecision decision, LocalDate decidedOn, LocalDate completedOn, String direction) {
    }

    /** @param dueOn the T4 deadline: 15 working days after the initiating strategy discussion */
    public record InitialConference(LocalDate enquiryStartedOn, LocalDate heldOn, LocalDate dueOn, String chair,
            IcpcDecision decision, AbuseCategory category, String leadSocialWorker, String team, boolean lateReasonGiven) {
    }

    /** Held on or after the decision to hold it, not in the future, and its reasons recorded. */
    public static void checkStrategyDiscussion(StrategyDiscussion discussion, LocalDate today) {
        BusinessDateRules.requireHappened(STRATEGY_DATE, discussion.heldOn(), today);
        BusinessDateRules.requireNotBefore(STRATEGY_DATE, discussion.heldOn(), "the decision to hold one", discussion.requestedOn());
        if (discussion.rationale() == null || discussion.rationale().isBlank()) {
            throw new RuleViolation(STRATEGY_RATIONALE, "Please record the reasons for the decision.");
        }
    }

    /**
     * The child seen, a later strategy discussion and the completion all fall within the enquiry; a
     * finding that concerns are substantiated names its category; only substantiated concerns go to
     * an initial conference; a step-down names its focus, which the endorsing manager cannot add.
     */
    public static void checkEnquiry(Enquiry enquiry, LocalDate today) {
        BusinessDateRules.requireHappened(CHILD_SEEN_DATE, enquiry.childSeenOn(), today);
        BusinessDateRules.requireHappened(S47_COMPLETED_DATE, enquiry.completedOn(), today);
        BusinessDateRules.requireNotBefore(CHILD_SEEN_DATE, enquiry.childSeenOn(), "the start of the enquiry", enquiry.startedOn());
        BusinessDateRules.requireNotBefore(S47_COMPLETED_DATE, enquiry.completedOn(), "the date the child was seen", enquiry.childSeenOn());
        if (enquiry.furtherStrategyOn() != null) {
            BusinessDateRules.requireNotBefore(FURTHER_STRATEGY_DATE, enquiry.furtherStrategyOn(), "the start of the enquiry",
                    enquiry.startedOn());
            if (enquiry.furtherStrategyOn().isAfter(enquiry.completedOn())) {
                throw new RuleViolation(FURTHER_STRATEGY_DATE, "A further strategy discussion during the enquiry is held before it is"
                        + " completed (" + enquiry.completedOn() + ").");
            }
        }
        boolean substantiated = enquiry.outcome() == Section47Outcome.CONCERNS_SUBSTANTIATED;
        if (substantiated && enquiry.category() == null) {
            throw new RuleViolation(S47_CATEGORY, "Substantiated concerns need their category of abuse or neglect.");
        }
        if (enquiry.decision() == Section47Decision.INITIAL_CONFERENCE && !substantiated) {
            throw new RuleViolation(S47_DECISION, "An initial child protection conference follows only substantiated concerns.");
        }
        // Working Together 2023: a child already on a plan has its review conference brought forward, not a second initial one
        if (enquiry.onAPlan() && enquiry.decision() == Section47Decision.INITIAL_CONFERENCE) {
            throw new RuleViolation(S47_DECISION, "The child is on a child protection plan: bring its review conference forward instead.");
        }
        if (!enquiry.onAPlan() && enquiry.decision() == Section47Decision.REVIEW_CONFERENCE) {
            throw new RuleViolation(S47_DECISION, "The child is on no child protection plan, so there is no review conference to bring forward.");
        }
        if (enquiry.decision() == Section47Decision.EARLY_HELP) {
            enquiry.stepDownFocus().require();
        }
    }

    /**
     * Decided on or after the enquiry was put to the manager, not in the future, with the manager's
     * direction in words. No late reason is asked: the initial conference's lateness is the
     * conference's to explain (rule T4).
     */
    public static void checkEndorsement(Endorsement endorsement, LocalDate today) {
        BusinessDateRules.requireHappened(OVERSIGHT_DATE, endorsement.decidedOn(), today);
        BusinessDateRules.requireNotBefore(OVERSIGHT_DATE, endorsement.decidedOn(), "the date it was put to you",
                endorsement.completedOn());
        if (endorsement.direction() == null || endorsement.direction().isBlank()) {
            throw new RuleViolation(MANAGER_DIRECTION, "Please give your direction in your own words.");
        }
    }

    /**
     * Held on or after the enquiry started and not in the future, with its chair; a plan names its
     * category and a lead social worker of the team; held after its due date, it says why.
     */
    public static void checkInitialConference(InitialConference conference, LocalDate today,
            Predicate<String> isSocialWorkerOfTheTeam) {
        BusinessDateRules.requireHappened(ICPC_DATE, conference.heldOn(), today);
        BusinessDateRules.requireNotBefore(ICPC_DATE, conference.heldOn(), "the start of the section 47 enquiry",
                conference.enquiryStartedOn());
        if (conference.chair() == null || conference.chair().isBlank()) {
            throw new RuleViolation(ICPC_CHAIR, "Please record who chaired the conference.");
        }
        if (conference.decision() == IcpcDecision.CHILD_PROTECTION_PLAN) {
            if (conference.category() == null) {
                throw new RuleViolation(PLAN_CATEGORY, "A child protection plan needs its category of abuse or neglect.");
            }
            if (conference.leadSocialWorker() == null || !isSocialWorkerOfTheTeam.test(conference.leadSocialWorker())) {
                throw new RuleViolation(LEAD_SOCIAL_WORKER, "A child protection plan needs a lead social worker of " + conference.team() + ".");
            }
        }
        if (conference.heldOn().isAfter(conference.dueOn()) && !conference.lateReasonGiven()) {
            throw new RuleViolation(ICPC_LATE_REASON, "Held after its due date (" + conference.dueOn()
                    + "): please record why the conference was late.");
        }
    }
}
