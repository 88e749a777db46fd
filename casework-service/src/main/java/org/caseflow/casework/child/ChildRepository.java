package org.caseflow.casework.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseflow.casework.allocation.CurrentAllocations;
import org.caseflow.casework.characteristics.CharacteristicsRecords;
import org.caseflow.casework.characteristics.ChildCharacteristics;
import org.caseflow.casework.child.ChildSummary.Allocation;
import org.caseflow.casework.child.ChildSummary.OpenAssessment;
import org.caseflow.casework.child.ChildSummary.OpenEpisode;
import org.caseflow.casework.child.ChildSummary.Status;
import org.caseflow.casework.returns.ReturnFailures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Children's summaries, for the JSON summary and the record page alike. */
@Repository
public class ChildRepository {

    private final JdbcClient jdbc;
    private final OpenEpisodes openEpisodes;
    private final ChildProtectionStatuses childProtection;
    private final ChildInNeedStatuses childInNeed;
    private final LookedAfterStatuses lookedAfter;
    private final CurrentAllocations allocations;
    private final ReturnFailures returnFailures;
    private final CharacteristicsRecords characteristics;

    ChildRepository(JdbcClient jdbc, OpenEpisodes openEpisodes, ChildProtectionStatuses childProtection,
            ChildInNeedStatuses childInNeed, LookedAfterStatuses lookedAfter, CurrentAllocations allocations,
            ReturnFailures returnFailures, CharacteristicsRecords characteristics) {
        this.jdbc = jdbc;
        this.openEpisodes = openEpisodes;
        this.childProtection = childProtection;
        this.childInNeed = childInNeed;
        this.lookedAfter = lookedAfter;
        this.allocations = allocations;
        this.returnFailures = returnFailures;
        this.characteristics = characteristics;
    }

    public Optional<ChildSummary> findSummary(String laChildId) {
        record Details(String laChildId, String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth) {
        }
        return jdbc.sql("""
                        select la_child_id, given_name, family_name, date_of_birth, expected_date_of_birth
                        from child where la_child_id = :id""")
                .param("id", laChildId)
                .query(Details.class)
                .optional()
                .map(child -> {
                    List<OpenEpisode> episodes = openEpisodes.of(laChildId);
                    ChildProtectionStatus protection = childProtection.of(laChildId);
                    LookedAfterStatus care = lookedAfter.of(laChildId);
                    return new ChildSummary(child.laChildId(), child.givenName(), child.familyName(), child.dateOfBirth(),
                            child.expectedDateOfBirth(), characteristics.find(laChildId).orElse(ChildCharacteristics.NOT_RECORDED),
                            status(laChildId, episodes), currentLevel(episodes, protection, care), episodes, currentAllocation(laChildId).orElse(null), openAssessment(laChildId).orElse(null),
                            protection, childInNeed.of(laChildId), care, returnFailures.of(laChildId));
                });
    }

    /**
     * As the record stands, whatever the dates: a plan or an episode is open until the journey ends
     * it. (The count of open cases on a date reads the business dates instead.) A child looked after
     * only under short breaks is at the level of the rest of their work, as that count has them.
     */
    private static CaseLevel currentLevel(List<OpenEpisode> episodes, ChildProtectionStatus protection, LookedAfterStatus care) {
        if (care.onCare() && !care.currentPeriod().shortBreaksOnly()) {
            return CaseLevel.LOOKED_AFTER;
        }
        if (protection.onPlan()) {
            return CaseLevel.CHILD_PROTECTION_PLAN;
        }
        if (episodes.stream().anyMatch(episode -> episode.kind().equals("CHILD_IN_NEED"))) {
            return CaseLevel.CHILD_IN_NEED;
        }
        return episodes.isEmpty() ? CaseLevel.NONE : CaseLevel.EARLY_HELP;
    }

    /** The latest allocation: an episode's, or the whole case's once a manager has reallocated it. */
    private Optional<Allocation> currentAllocation(String laChildId) {
        return allocations.latest(laChildId)
                .map(held -> new Allocation(held.worker(), held.team(), held.since(), held.episodeId()));
    }

    private Optional<OpenAssessment> openAssessment(String laChildId) {
        return jdbc.sql("""
                        select referral_id, due_on from assessment
                        where la_child_id = :id and authorised_on is null order by due_on limit 1""")
                .param("id", laChildId).query(OpenAssessment.class).optional();
    }

    private Status status(String laChildId, List<OpenEpisode> episodes) {
        if (episodes.stream().anyMatch(episode -> episode.kind().equals("CHILD_IN_NEED"))) {
            return Status.OPEN_CHILD_IN_NEED;
        }
        if (!episodes.isEmpty()) {
            return Status.OPEN_EARLY_HELP;
        }
        long awaiting = jdbc.sql("select count(*) from contact where la_child_id = :id and outcome is null")
                .param("id", laChildId).query(Long.class).single();
        return awaiting > 0 ? Status.CONTACT_AWAITING_DECISION : Status.CLOSED;
    }
}
