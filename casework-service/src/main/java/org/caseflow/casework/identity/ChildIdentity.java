package org.caseflow.casework.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who the child is, as the record holds it: the details that identify them. workflow-service asks
 * for it, with the person's own token, when a contact names a child already known, so that the
 * contact is recorded against the record's identity rather than whatever the contact says.
 *
 * @param expectedDateOfBirth for an unborn child
 */
record ChildIdentity(String laChildId, String givenName, String familyName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth) {

    /** Each detail that is different in {@code after}, from what to what, in words for the audit trail. */
    List<String> changesTo(ChildIdentity after) {
        List<String> changes = new ArrayList<>();
        describe(changes, "given name", quoted(givenName), quoted(after.givenName));
        describe(changes, "family name", quoted(familyName), quoted(after.familyName));
        describe(changes, "date of birth", dated(dateOfBirth), dated(after.dateOfBirth));
        describe(changes, "expected date of birth", dated(expectedDateOfBirth), dated(after.expectedDateOfBirth));
        return changes;
    }

    private static void describe(List<String> changes, String detail, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(detail + " from " + from + " to " + to);
        }
    }

    private static String quoted(String name) {
        return name == null ? "(none)" : "\"" + name + "\"";
    }

    private static String dated(LocalDate date) {
        return date == null ? "(none)" : date.toString();
    }
}
