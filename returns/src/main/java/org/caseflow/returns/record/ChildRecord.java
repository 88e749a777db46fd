package org.caseflow.returns.record;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the returns need about one child, as the case record holds it: the input of every return
 * and every validation rule.
 *
 * @param laChildId            the council's id for the child (CIN census LAchildID, SSDA903 CHILD, Annex A "Child Unique ID")
 * @param uascStatusCeasedOn   for an unaccompanied asylum-seeking child, the day that status ended; null while it lasts
 * @param unaccompaniedAsylumSeeking the child is, or was, an unaccompanied asylum-seeking child (SSDA903 UASC)
 */
public record ChildRecord(String laChildId, Person person, List<Contact> contacts, List<EarlyHelpAssessment> earlyHelpAssessments,
        List<CinEpisode> cinEpisodes, List<CarePeriod> carePeriods, List<MissingEpisode> missingEpisodes,
        boolean unaccompaniedAsylumSeeking, LocalDate uascStatusCeasedOn) {

    public ChildRecord {
        contacts = Copies.of(contacts);
        earlyHelpAssessments = Copies.of(earlyHelpAssessments);
        cinEpisodes = Copies.of(cinEpisodes);
        carePeriods = Copies.of(carePeriods);
        missingEpisodes = Copies.of(missingEpisodes);
    }

    /**
     * How many child protection plans this child had, in any episode, before {@code plan} started (CIN
     * census NumberOfPreviousCPP). Only plans in this council's record count: plans made by another
     * council before the child moved here are not known to it.
     */
    public int plansBefore(CpPlan plan) {
        return (int) cinEpisodes.stream()
                .flatMap(episode -> episode.cpPlans().stream())
                .filter(earlier -> earlier.startDate() != null && earlier.startDate().isBefore(plan.startDate()))
                .count();
    }

    /** The same child with only these episodes: how a return keeps just what falls in its year. */
    public ChildRecord withCinEpisodes(List<CinEpisode> episodes) {
        return new ChildRecord(laChildId, person, contacts, earlyHelpAssessments, episodes, carePeriods, missingEpisodes,
                unaccompaniedAsylumSeeking, uascStatusCeasedOn);
    }
}
