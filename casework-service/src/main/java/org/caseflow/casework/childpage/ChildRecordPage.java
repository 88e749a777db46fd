package org.caseflow.casework.childpage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.child.ChildSummary;
import org.caseflow.casework.childprotection.ChildProtectionHistory;
import org.caseflow.casework.chronology.ChronologyEntry;
import org.caseflow.casework.contact.FrontDoorContact;
import org.caseflow.casework.earlyhelp.EarlyHelpRecord;
import org.caseflow.casework.lookedafter.LookedAfterHistory;
import org.caseflow.casework.oversight.OversightEntry;
import org.caseflow.journey.events.BusinessDates;

/**
 * What the child's record page shows: the same summary, histories and chronology the JSON views
 * answer, with the words the page says them in.
 *
 * @param chronology      the entries shown: newest first, of the chosen kind or of every kind
 * @param chronologyTotal how many entries the child's chronology has in all
 * @param kinds           the kinds of entry in the child's chronology, to filter by
 * @param kind            the kind chosen, or {@code null} for every kind
 * @param earlyHelp       the child's Early Help episodes, oldest first; empty when they have had none
 * @param contacts        the child's contacts to the front door, newest first, with a police notification's delays and
 *                        whether the referrer was told
 * @param oversight       the decisions a manager made or endorsed on the record, oldest first
 * @param readsAuditTrail whether the person may read the record's audit trail (managers, administrators)
 */
public record ChildRecordPage(ChildSummary child, List<UpcomingDate> upcoming, List<ChronologyEntry> chronology,
        int chronologyTotal, List<KindChoice> kinds, String kind, ChildProtectionHistory childProtection,
        LookedAfterHistory lookedAfter, List<EarlyHelpRecord.Episode> earlyHelp, List<FrontDoorContact> contacts,
        List<OversightEntry> oversight, LocalDate today, String viewedBy, Instant viewedAt, boolean readsAuditTrail) {

    /** A kind of chronology entry the child's chronology has, in words, and how many. */
    public record KindChoice(String kind, String words, long entries) {
    }

    private static final Map<String, String> STAGES = Map.of(
            "LOOKED_AFTER", "Looked after",
            "CHILD_PROTECTION_PLAN", "Child protection plan",
            "INITIAL_CONFERENCE", "Initial child protection conference to be held",
            "SECTION_47", "Section 47 enquiry",
            "STRATEGY_DISCUSSION", "Strategy discussion to be held",
            "CHILD_IN_NEED", "Child in need",
            "ASSESSMENT", "Child and family assessment",
            "EARLY_HELP", "Early Help");

    private static final Map<String, String> LEVELS = Map.of(
            "NONE", "No open case",
            "EARLY_HELP", "Early Help",
            "CHILD_IN_NEED", "Child in need",
            "CHILD_PROTECTION_PLAN", "Child protection plan",
            "LOOKED_AFTER", "Looked after");

    private static final Map<String, String> STATUSES = Map.of(
            "OPEN_CHILD_IN_NEED", "Open to children's social care",
            "OPEN_EARLY_HELP", "Open to Early Help",
            "CONTACT_AWAITING_DECISION", "A contact is awaiting the front door's decision",
            "CLOSED", "Closed");

    /** The child as the page names them: given and family name, or a placeholder for a record with none yet. */
    public String name() {
        String name = ((child.givenName() == null ? "" : child.givenName()) + " "
                + (child.familyName() == null ? "" : child.familyName())).trim();
        return name.isEmpty() ? "Name not recorded" : name;
    }

    /** Age in whole years today; null for an unborn child or a record with no date of birth. */
    public Integer age() {
        return child.dateOfBirth() == null || child.dateOfBirth().isAfter(today) ? null
                : Period.between(child.dateOfBirth(), today).getYears();
    }

    public String level() {
        return LEVELS.getOrDefault(child.currentLevel().name(), child.currentLevel().name());
    }

    public String status() {
        return STATUSES.getOrDefault(child.status().name(), child.status().name());
    }

    public String stage(String stage) {
        return STAGES.getOrDefault(stage, stage);
    }

    public String episodeKind(String kind) {
        return "EARLY_HELP".equals(kind) ? "Early Help" : "Children's social care";
    }

    public String kindInWords(String entryKind) {
        return KindWords.of(entryKind);
    }

    public long overdue() {
        return upcoming.stream().filter(UpcomingDate::overdue).count();
    }

    public boolean hasChildProtection() {
        return !childProtection.strategyDiscussions().isEmpty() || !childProtection.section47Enquiries().isEmpty()
                || !childProtection.initialConferences().isEmpty() || !childProtection.plans().isEmpty();
    }

    public boolean hasChildInNeed() {
        return child.childInNeed().onPlan() || child.childInNeed().plansEnded() > 0;
    }

    public boolean hasLookedAfter() {
        return !lookedAfter.periods().isEmpty();
    }

    public boolean hasEarlyHelp() {
        return !earlyHelp.isEmpty();
    }

    /** A number of calendar days in words: "1 day", "18 days". */
    public String days(Long days) {
        return days == null ? "" : days == 1 ? "1 day" : days + " days";
    }

    public String tasksLinkText() {
        return child.givenName() == null && child.familyName() == null ? "Open the child's tasks in Tasklist"
                : "Open " + name() + "'s tasks in Tasklist";
    }

    /** The child's open tasks in Tasklist, those of them the person may see. */
    public String tasklistLink() {
        return TasklistLinks.openTasksOf(child.laChildId());
    }

    /** The same record as JSON, at {@code /api/casework/children/{id}} and beneath it. */
    public String jsonLink(String view) {
        return "/api/casework/children/" + child.laChildId() + (view.isEmpty() ? "" : "/" + view);
    }

    /** This page, with the chronology of every kind. */
    public String allKindsLink() {
        return "/children/" + child.laChildId() + "#chronology";
    }

    /** An entry recorded on a later day than it happened says when it was recorded, as the worker typed it later. */
    public boolean recordedLater(ChronologyEntry entry) {
        return entry.recordedAt() != null
                && BusinessDates.dateOf(entry.recordedAt()).isAfter(entry.occurredOn());
    }

    public LocalDate recordedOn(ChronologyEntry entry) {
        return BusinessDates.dateOf(entry.recordedAt());
    }
}
