package org.caseflow.casework.childprotection;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.casework.cpplan.PlanHistory;

/**
 * A child's child protection history, each list oldest first: the strategy discussions, the section
 * 47 enquiries they started (an open one has no completion yet), the initial conferences and the
 * plans with their review conferences. Codes are the journey's (e.g. {@code SECTION_47},
 * {@code CONCERNS_SUBSTANTIATED}, {@code NEGLECT}); the chronology says the same in words.
 */
public record ChildProtectionHistory(String laChildId, List<StrategyDiscussion> strategyDiscussions,
        List<Section47Enquiry> section47Enquiries, List<InitialConference> initialConferences, List<PlanHistory> plans) {

    /** @param dueOn by local rule T2, from the decision to hold one */
    public record StrategyDiscussion(String referralId, LocalDate heldOn, LocalDate dueOn, boolean police, boolean health,
            boolean education, String others, String concern, String decision, String rationale, String team, String recordedBy) {
    }

    /**
     * @param startedOn         the day of the strategy discussion that started it
     * @param furtherStrategyOn a later strategy discussion during the enquiry, which does not move the conference's due date
     * @param completedOn       null while the enquiry is open
     * @param icpcDueOn         the initial conference's due date (T4), for a decision to hold one
     * @param endorsedOn        the day a team manager endorsed the outcome, from which it took effect; null for an enquiry
     *                          completed before outcomes were endorsed
     * @param endorsedBy        the manager who endorsed it
     */
    public record Section47Enquiry(String referralId, LocalDate startedOn, LocalDate childSeenOn, LocalDate furtherStrategyOn,
            String outcome, String category, String decision, LocalDate completedOn, LocalDate icpcDueOn, String team,
            String completedBy, LocalDate endorsedOn, String endorsedBy) {
    }

    /** @param inTime held on or before its due date (T4) */
    public record InitialConference(String referralId, LocalDate s47StartedOn, LocalDate heldOn, LocalDate dueOn, boolean inTime,
            String chair, String decision, String category, String leadSocialWorker, String lateReason) {
    }
}
