package org.caseflow.returns.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's record degraded for an extract shared beyond the council, such as with a regional
 * partnership, as London's LIIA tools degrade theirs: whatever names a person is left out (the record
 * holds no child's name; the allocated worker's is removed), unique pupil numbers are removed, dates
 * of birth (and expected dates of birth, and a mother's first child's) become the first day of their
 * month, and postcodes are cut to their district (the outward code, {@code SE9 4AB} to {@code SE9}).
 * The LA child id stays, so that a later extract from the same council can be linked to this one;
 * every other date stays as it is, as the returns' rules are about them.
 */
public final class Pseudonymisation {

    private Pseudonymisation() {
    }

    public static ChildRecord of(ChildRecord child) {
        Person person = child.person();
        Person degraded = new Person(null, null, null, toMonth(person.dateOfBirth()), toMonth(person.expectedDateOfBirth()),
                person.sex(), person.ethnicity(), person.disabilities(), person.dateOfDeath(), toMonth(person.firstChildBornOn()));
        List<CinEpisode> episodes = child.cinEpisodes().stream()
                .map(episode -> new CinEpisode(episode.referralDate(), episode.referralSource(), episode.primaryNeed(),
                        episode.referralNfa(), episode.closureDate(), episode.reasonForClosure(), episode.assessments(),
                        episode.cinPlans(), episode.section47Enquiries(), episode.cpPlans(), teamOnly(episode.allocation()),
                        episode.childLastSeenOn()))
                .toList();
        List<CarePeriod> periods = child.carePeriods().stream()
                .map(period -> new CarePeriod(period.startDate(), period.endDate(), period.reasonCeased(), period.categoryOfNeed(),
                        district(period.homePostcodeDistrict()), period.legalStatuses(),
                        period.placements().stream().map(Pseudonymisation::placement).toList(), period.reviews(),
                        teamOnly(period.allocation()), period.lastVisitOn()))
                .toList();
        return new ChildRecord(child.laChildId(), degraded, child.contacts(), child.earlyHelpAssessments(), episodes, periods,
                child.missingEpisodes(), child.unaccompaniedAsylumSeeking(), child.uascStatusCeasedOn());
    }

    /** The first day of the month: a child's age stays right to the month, and their birthday is no longer told. */
    static LocalDate toMonth(LocalDate day) {
        return day == null ? null : day.withDayOfMonth(1);
    }

    /** The outward code of a postcode ({@code SE9 4AB} to {@code SE9}); a district stays as it is. */
    static String district(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String trimmed = postcode.trim().toUpperCase();
        int space = trimmed.indexOf(' ');
        if (space > 0) {
            return trimmed.substring(0, space);
        }
        // written without its space: the inward code is always a digit and two letters
        return trimmed.length() > 4 && trimmed.matches(".*\\d[A-Z]{2}") ? trimmed.substring(0, trimmed.length() - 3) : trimmed;
    }

    private static Placement placement(Placement placement) {
        return new Placement(placement.from(), placement.type(), placement.provider(), district(placement.postcodeDistrict()),
                placement.urn(), placement.changeReason());
    }

    private static Allocation teamOnly(Allocation allocation) {
        return allocation == null ? null : new Allocation(allocation.team(), null);
    }
}
