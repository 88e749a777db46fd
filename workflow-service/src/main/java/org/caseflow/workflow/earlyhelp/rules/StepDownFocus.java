package org.caseflow.workflow.earlyhelp.rules;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_DOWN_LEAD;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_DOWN_NEEDS;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_DOWN_OUTCOMES;

import org.caseflow.workflow.rules.RuleViolation;

/**
 * A step-down to Early Help (from an assessment, a section 47 enquiry, a child in need or child
 * protection plan) names the plan's focus: the needs to address, the outcomes sought, and who
 * leads. Inspectors found step-downs that handed a family on with no focus; Early Help reads this
 * when it accepts the child. An unfocused step-down is refused.
 */
public record StepDownFocus(String needs, String outcomes, String lead) {

    /** Each part given, in words; the first missing one is refused by its field. */
    public void require() {
        requireGiven(STEP_DOWN_NEEDS, needs, "the needs the Early Help plan is to address");
        requireGiven(STEP_DOWN_OUTCOMES, outcomes, "the outcomes sought for the child");
        requireGiven(STEP_DOWN_LEAD, lead, "who leads the Early Help plan");
    }

    private static void requireGiven(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "A step-down to Early Help must say " + what + ".");
        }
    }
}
