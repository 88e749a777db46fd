package org.caseflow.journey.events.oversight;

/**
 * Management oversight at a decision point, in every stage alike: event data keys, and the same
 * names as process variables and Camunda Form field keys where a form records them.
 */
public final class OversightData {

    /** The decision point an event records oversight at, a {@link DecisionPoint}; set by the journey, not a form. */
    public static final String OVERSIGHT = "oversight";
    /** The manager's direction in their own words, whatever the form called it (a contact decision's rationale, say). */
    public static final String OVERSIGHT_DIRECTION = "oversightDirection";
    /** The field in which a manager gives their direction on a step that has no rationale of its own. */
    public static final String MANAGER_DIRECTION = "managerDirection";
    /** The business date of a manager's decision, on a step that has no date of its own. */
    public static final String OVERSIGHT_DATE = "oversightDate";

    private OversightData() {
    }
}
