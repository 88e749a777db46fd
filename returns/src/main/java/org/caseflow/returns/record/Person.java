package org.caseflow.returns.record;

import java.time.LocalDate;
import java.util.List;

/**
 * Who the child is: the CIN census ChildIdentifiers and ChildCharacteristics, the SSDA903 Header.
 *
 * @param upn                 the unique pupil number, when the child has one
 * @param upnUnknown          why there is none
 * @param expectedDateOfBirth for an unborn child, instead of {@code dateOfBirth}
 * @param disabilities        in the order recorded; {@link Disability#NONE} when the child has none
 * @param firstChildBornOn    for a looked-after young woman who is a mother, her first child's date of
 *                            birth (SSDA903 MOTHER and MC_DOB); null otherwise
 */
public record Person(String upn, String formerUpn, UpnUnknownReason upnUnknown, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, Sex sex, Ethnicity ethnicity, List<Disability> disabilities, LocalDate dateOfDeath,
        LocalDate firstChildBornOn) {

    public Person {
        disabilities = Copies.of(disabilities);
    }

    /** Recorded with a disability other than {@link Disability#NONE} (Annex A "Does the Child have a Disability"). */
    public boolean hasDisability() {
        return disabilities.stream().anyMatch(disability -> disability != Disability.NONE);
    }
}
