package org.caseflow.casework.child;

import java.time.LocalDate;
import java.util.List;

/**
 * What a practitioner sees first about a child.
 *
 * @param status          the most involved open service: child in need, then Early Help, then a
 *                        contact awaiting a decision; otherwise closed
 * @param allocatedWorker who holds the case now, if anyone
 * @param openAssessment  an assessment in progress and when it is due
 */
record ChildSummary(String laChildId, String givenName, String familyName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, Status status, List<OpenEpisode> openEpisodes, Allocation allocatedWorker,
        OpenAssessment openAssessment) {

    enum Status { OPEN_CHILD_IN_NEED, OPEN_EARLY_HELP, CONTACT_AWAITING_DECISION, CLOSED }

    record OpenEpisode(String episodeId, String kind, LocalDate startedOn, String team) {
    }

    record Allocation(String worker, String team, LocalDate since, String episodeId) {
    }

    record OpenAssessment(String referralId, LocalDate dueOn) {
    }
}
