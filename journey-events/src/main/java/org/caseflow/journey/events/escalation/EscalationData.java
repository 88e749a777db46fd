package org.caseflow.journey.events.escalation;

/** Event data keys of an {@link Escalation}, and of the generic review form. */
public final class EscalationData {

    /** {@link Escalation.Kind}: what the event is to the escalation. */
    public static final String ESCALATION = "escalation";
    /** The statutory rule's id, e.g. {@code T1}. */
    public static final String TIMESCALE = "timescale";
    /** What a manager reviewing missed work did about it (review form field). */
    public static final String MANAGER_ACTION = "managerAction";
    /** When they reviewed it (review form field; the review's business date). */
    public static final String REVIEW_DATE = "reviewDate";

    private EscalationData() {
    }
}
