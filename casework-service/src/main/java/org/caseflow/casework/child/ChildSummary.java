package org.caseflow.casework.child;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.casework.characteristics.ChildCharacteristics;
import org.caseflow.casework.returns.ReturnFailure;

/**
 * What a practitioner sees first about a child.
 *
 * @param characteristics sex, ethnicity, UPN (or the reason for none) and disabilities, as the child's team recorded
 *                        them for the statutory returns; each null (disabilities empty) until recorded
 * @param status          the most involved open service: child in need, then Early Help, then a
 *                        contact awaiting a decision; otherwise closed. A child looked after or on
 *                        a child protection plan is a child in need; {@code lookedAfter} and
 *                        {@code childProtection} say more
 * @param currentLevel    the child's highest level now, as the record stands ({@link CaseLevel})
 * @param openEpisodes    each open episode (Early Help and child in need alike), with the stage it is at
 * @param allocatedWorker who holds the case now, if anyone: the latest allocation, an episode's or (with no
 *                        {@code episodeId}) the whole case's, made by a team manager reallocating it
 * @param openAssessment  an assessment in progress and when it is due
 * @param childProtection whether the child is on a child protection plan, and where it stands
 * @param childInNeed     whether the child is on a child in need plan, and where it stands
 * @param lookedAfter     whether the child is looked after, and where the period of care stands
 * @param returnFailures  the DfE validation rules the record breaks, as found when the rules last ran on it (as its
 *                        events arrived, or on demand for a whole year), the latest collection year first; empty when none
 */
public record ChildSummary(String laChildId, String givenName, String familyName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, ChildCharacteristics characteristics, Status status, CaseLevel currentLevel, List<OpenEpisode> openEpisodes,
        Allocation allocatedWorker, OpenAssessment openAssessment, ChildProtectionStatus childProtection,
        ChildInNeedStatus childInNeed, LookedAfterStatus lookedAfter, List<ReturnFailure> returnFailures) {

    public enum Status { OPEN_CHILD_IN_NEED, OPEN_EARLY_HELP, CONTACT_AWAITING_DECISION, CLOSED }

    /**
     * @param kind  {@code CHILD_IN_NEED} (a referral's, or a direct entry to care's) or {@code EARLY_HELP}
     * @param stage where the episode's work is now ({@link OpenEpisodes} names each stage)
     */
    public record OpenEpisode(String episodeId, String kind, LocalDate startedOn, String team, String stage) {
    }

    public record Allocation(String worker, String team, LocalDate since, String episodeId) {
    }

    public record OpenAssessment(String referralId, LocalDate dueOn) {
    }
}
