package org.caseflow.workflow.frontdoor.rules;

import static org.caseflow.journey.events.JourneyData.CHILD_DATE_OF_BIRTH;
import static org.caseflow.journey.events.JourneyData.CHILD_FAMILY_NAME;
import static org.caseflow.journey.events.JourneyData.CHILD_GIVEN_NAME;

import java.time.LocalDate;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.caseflow.workflow.rules.RuleViolation;

/**
 * What a contact to the front door must say, by whichever route it comes (the API, Tasklist's start
 * form): who the child is, when it arrived (not in the future) and why.
 */
public final class ContactRules {

    private ContactRules() {
    }

    /**
     * The child the contact is about, as it names them. A child new to us is named, with a date of
     * birth or, for an unborn child, an expected date of birth (CIN census). A known child is named
     * by their record, whatever the contact says.
     */
    public record Child(boolean known, String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth) {
    }

    public static void check(Child child, LocalDate receivedOn, String reason, LocalDate today) {
        checkChild(child, today);
        BusinessDateRules.requireHappened(FrontDoorData.CONTACT_RECEIVED_AT, receivedOn, today);
        requireText(FrontDoorData.CONTACT_REASON, reason, "what the concern is");
    }

    /**
     * A police notification's incident happened on or before the contact arrived, and not in the
     * future; none given is allowed (a contact from anyone else has none).
     */
    public static void checkIncident(LocalDate incidentOn, LocalDate receivedOn) {
        if (incidentOn != null && incidentOn.isAfter(receivedOn)) {
            throw new RuleViolation(FrontDoorData.INCIDENT_DATE, "The incident cannot be after the date the contact was received ("
                    + receivedOn + ").");
        }
    }

    /** Who the child is: named when new to us, with a date of birth (or expected one) not in the future. */
    public static void checkChild(Child child, LocalDate today) {
        if (!child.known()) {
            requireText(CHILD_GIVEN_NAME, child.givenName(), "the child's given name");
            requireText(CHILD_FAMILY_NAME, child.familyName(), "the child's family name");
            if (child.dateOfBirth() == null && child.expectedDateOfBirth() == null) {
                throw new RuleViolation(CHILD_DATE_OF_BIRTH,
                        "Give the child's date of birth, or the expected date of birth of an unborn child.");
            }
        }
        if (child.dateOfBirth() != null) {
            BusinessDateRules.requireHappened(CHILD_DATE_OF_BIRTH, child.dateOfBirth(), today);
        }
    }

    private static void requireText(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "Please give " + what + ".");
        }
    }
}
