package org.caseflow.workflow.frontdoor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.caseflow.journey.events.frontdoor.ContactChannel;
import org.caseflow.journey.events.frontdoor.ContactSource;

/**
 * A contact to the front door, as {@code POST /api/workflow/contacts} takes it.
 *
 * @param receivedAt when the front door received it: an ISO 8601 date-time, London time unless it
 *                   carries an offset ({@code 2025-12-19T10:30} or {@code 2025-12-19T10:30:00Z})
 * @param incidentDate for a notification from the police, the day of the incident it is about (not after receipt)
 * @param channel      how it arrived: a written contact (email, letter, online form) closed untold is shown on the record
 */
record NewContact(
        @NotNull @Valid Child child,
        @NotNull ContactSource source,
        @NotBlank @Size(max = 40) String receivedAt,
        @NotBlank @Size(max = 4000) String reason,
        @PastOrPresent LocalDate incidentDate,
        ContactChannel channel) {

    /**
     * @param laChildId the council's id when the child is already known (the record then names the
     *                  child, whatever names are given here); Caseflow gives a new child one
     */
    record Child(
            @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = "must be letters and digits, at most 20") String laChildId,
            @Size(max = 100) String givenName,
            @Size(max = 100) String familyName,
            @PastOrPresent LocalDate dateOfBirth,
            LocalDate expectedDateOfBirth) {

        /** A known child is named by their record; only a child new to us needs names here. */
        @AssertTrue(message = "give the child's given and family names, or the LA child id of a child known to us")
        boolean isNamed() {
            return laChildId != null || (givenName != null && !givenName.isBlank() && familyName != null && !familyName.isBlank());
        }

        @AssertTrue(message = "give the date of birth, or the expected date of birth of an unborn child")
        boolean isBirthDateGiven() {
            return laChildId != null || dateOfBirth != null || expectedDateOfBirth != null;
        }
    }
}
