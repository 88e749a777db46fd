package org.caseflow.workflow.frontdoor.rules;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ReferrerFollowUp;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RuleViolation;

/** What the front door's decision on a contact must say (task {@code DecideOnContact}). */
public final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * @param assessmentTeam for a referral or a strategy discussion, the team to take it
     */
    public record Decision(ContactOutcome outcome, LocalDate decidedOn, LocalDate receivedOn, String rationale, String assessmentTeam) {
    }

    /** Telling the referrer what was decided (rule T1 stops at "decision recorded, referrer told"). */
    public record Referrer(ReferrerFollowUp followUp, String toldHow, LocalDate toldOn, String notToldReason) {
    }

    /**
     * Told: how, and on a day from the contact's to today. Not told: why. Every decision says one
     * or the other, so a contact closed with nobody telling the referrer is a choice on the record.
     */
    public static void checkReferrer(Referrer referrer, LocalDate receivedOn, LocalDate today) {
        if (referrer.followUp() == ReferrerFollowUp.TOLD) {
            if (referrer.toldHow() == null || referrer.toldHow().isBlank()) {
                throw new RuleViolation(FrontDoorData.REFERRER_TOLD_HOW, "Please record how the referrer was told.");
            }
            if (referrer.toldOn() == null) {
                throw new RuleViolation(FrontDoorData.REFERRER_TOLD_ON, "Please record the date the referrer was told.");
            }
            BusinessDateRules.requireHappened(FrontDoorData.REFERRER_TOLD_ON, referrer.toldOn(), today);
            BusinessDateRules.requireNotBefore(FrontDoorData.REFERRER_TOLD_ON, referrer.toldOn(), "the date the contact was received",
                    receivedOn);
        } else if (referrer.notToldReason() == null || referrer.notToldReason().isBlank()) {
            throw new RuleViolation(FrontDoorData.REFERRER_NOT_TOLD_REASON, "Please record why the referrer was not told.");
        }
    }

    /**
     * Dated on or after the contact and not in the future, with its reasons (inspectors look for
     * them on every contact); a referral, or an immediate strategy discussion (which opens one),
     * names an assessment team that takes referrals.
     */
    public static void check(Decision decision, LocalDate today, Predicate<String> takesReferrals) {
        BusinessDateRules.requireHappened(FrontDoorData.DECISION_DATE, decision.decidedOn(), today);
        BusinessDateRules.requireNotBefore(FrontDoorData.DECISION_DATE, decision.decidedOn(), "the date the contact was received",
                decision.receivedOn());
        if (decision.rationale() == null || decision.rationale().isBlank()) {
            throw new RuleViolation(FrontDoorData.DECISION_RATIONALE, "Please record the reasons for the decision.");
        }
        if (decision.outcome().opensAReferral()) {
            if (decision.assessmentTeam() == null || decision.assessmentTeam().isBlank()) {
                throw new RuleViolation(FrontDoorData.ASSESSMENT_TEAM, "Please choose the assessment team that will take the"
                        + " referral: a referral and an immediate strategy discussion need one.");
            }
            if (!takesReferrals.test(decision.assessmentTeam())) {
                throw new RuleViolation(FrontDoorData.ASSESSMENT_TEAM, "There is no assessment team called " + decision.assessmentTeam() + ".");
            }
        }
    }
}
