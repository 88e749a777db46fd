package org.caseflow.casework.feed;

import org.caseflow.journey.events.AssessmentOutcome;
import org.caseflow.journey.events.ContactOutcome;

/** Words a practitioner reads in the chronology, for the codes the journey records. */
final class Labels {

    private Labels() {
    }

    static String outcome(ContactOutcome outcome) {
        return switch (outcome) {
            case NO_FURTHER_ACTION -> "no further action";
            case INFORMATION_AND_ADVICE -> "information and advice";
            case EARLY_HELP -> "Early Help";
            case REFERRAL -> "referral to children's social care";
            case STRATEGY_DISCUSSION -> "immediate strategy discussion";
        };
    }

    static String outcome(AssessmentOutcome outcome) {
        return switch (outcome) {
            case NO_FURTHER_ACTION -> "no further action, case closed";
            case STEP_DOWN_TO_EARLY_HELP -> "step down to Early Help";
            case CHILD_IN_NEED_PLAN -> "child in need plan";
            case STRATEGY_DISCUSSION -> "strategy discussion";
        };
    }

    static String source(String source) {
        return switch (source) {
            case "POLICE" -> "the police";
            case "SCHOOL" -> "a school";
            case "HEALTH" -> "health services";
            case "LA_SERVICES" -> "local authority services";
            case "FAMILY" -> "the child's family";
            case "INDIVIDUAL" -> "an individual";
            case "OTHER_AGENCY" -> "another agency";
            case "ANONYMOUS" -> "an anonymous caller";
            default -> "another source";
        };
    }
}
