package org.caseflow.casework.oversight;

import java.time.LocalDate;

/**
 * One decision with management oversight on a child's record.
 *
 * @param point     the decision point, e.g. {@code ASSESSMENT_AUTHORISATION}
 * @param pointName the same in words, "the authorisation of an assessment"
 * @param kind      the journey event that recorded it, e.g. {@code AssessmentAuthorisationDecided}
 * @param manager   who decided
 * @param direction their direction in their own words
 * @param said      what was decided, as the child's chronology words it ("... was sent back for more work by ..."); null
 *                  when the record holds no chronology entry for it
 */
public record OversightEntry(String point, String pointName, String kind, String manager, LocalDate decidedOn, String direction,
        String team, String said) {
}
