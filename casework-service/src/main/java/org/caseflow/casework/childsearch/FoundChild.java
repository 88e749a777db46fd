package org.caseflow.casework.childsearch;

import java.time.LocalDate;

/** A child a search found, as the results list them: who they are, and nothing of their case. */
public record FoundChild(String laChildId, String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth) {

    /** Family name first, as a list is read; a placeholder for a record with no name yet. */
    public String name() {
        String family = familyName == null ? "" : familyName;
        String given = givenName == null ? "" : givenName;
        if (family.isEmpty() && given.isEmpty()) {
            return "Name not recorded";
        }
        return family.isEmpty() ? given : given.isEmpty() ? family : family + ", " + given;
    }
}
