package org.caseflow.workflow.timescale;

import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.journey.events.JourneyData;

/**
 * A statutory timescale as a journey runs it: which variable starts the clock, and the names of
 * the variables the deadline is kept in. Started once, when the clock starts, by
 * {@link StatutoryClocks#start}; BPMN then reads {@code <name>Due} for the task's due date and the
 * escalation timer, {@code <name>AtRisk} for its follow-up date, and {@code <name>DueOn} for forms.
 */
enum StatutoryClock {

    CONTACT_DECISION(StatutoryTimescale.CONTACT_DECISION, JourneyData.CONTACT_RECEIVED_AT, "contactDecision"),
    ASSESSMENT(StatutoryTimescale.ASSESSMENT, JourneyData.REFERRAL_DATE, "assessment");

    private final StatutoryTimescale timescale;
    private final String startVariable;
    private final String name;

    StatutoryClock(StatutoryTimescale timescale, String startVariable, String name) {
        this.timescale = timescale;
        this.startVariable = startVariable;
        this.name = name;
    }

    StatutoryTimescale timescale() {
        return timescale;
    }

    String startVariable() {
        return startVariable;
    }

    /** The end of the deadline day, as a {@code java.util.Date} for Camunda. */
    String dueVariable() {
        return name + "Due";
    }

    /** The start of the at-risk day. */
    String atRiskVariable() {
        return name + "AtRisk";
    }

    /** The deadline day as an ISO date, for forms and events. */
    String dueOnVariable() {
        return name + "DueOn";
    }
}
