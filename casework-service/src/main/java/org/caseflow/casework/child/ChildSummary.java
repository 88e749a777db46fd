package org.caseflow.casework.child;

import java.time.LocalDate;

/** What a practitioner sees first about a child. */
record ChildSummary(String laChildId, String givenName, String familyName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth) {
}
