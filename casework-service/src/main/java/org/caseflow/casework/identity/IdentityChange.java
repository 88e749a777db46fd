package org.caseflow.casework.identity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A manager's correction of who the child is, as {@code PUT /api/casework/children/{id}/identity}
 * takes it. It replaces the whole identity: a date left out is cleared.
 *
 * @param expectedDateOfBirth for an unborn child, so it may be in the future (as on a contact)
 * @param reason              why, kept in the audit trail with what changed
 */
record IdentityChange(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @PastOrPresent LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        @NotBlank @Size(max = 1000) String reason) {

    @AssertTrue(message = "give the date of birth, or the expected date of birth of an unborn child")
    boolean isBirthDateGiven() {
        return dateOfBirth != null || expectedDateOfBirth != null;
    }

    ChildIdentity of(String laChildId) {
        return new ChildIdentity(laChildId, givenName, familyName, dateOfBirth, expectedDateOfBirth);
    }
}
