package org.caseflow.casework.childpage;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildNotFound;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.casework.child.ChildRepository;
import org.caseflow.casework.child.ChildSummary;
import org.caseflow.casework.childpage.ChildRecordPage.KindChoice;
import org.caseflow.casework.childprotection.ChildProtectionHistories;
import org.caseflow.casework.childprotection.ChildProtectionHistory;
import org.caseflow.casework.chronology.Chronology;
import org.caseflow.casework.chronology.ChronologyEntry;
import org.caseflow.casework.contact.ChildContacts;
import org.caseflow.casework.contact.FrontDoorContact;
import org.caseflow.casework.earlyhelp.EarlyHelpHistories;
import org.caseflow.casework.earlyhelp.EarlyHelpRecord;
import org.caseflow.casework.lookedafter.CarePeriods;
import org.caseflow.casework.lookedafter.LookedAfterHistory;
import org.caseflow.casework.oversight.OversightEntries;
import org.caseflow.casework.oversight.OversightEntry;
import org.caseflow.casework.pages.BadPageInput;
import org.caseflow.casework.pages.PageHeaders;
import org.caseflow.casework.pages.PageWords;
import org.caseflow.casework.pages.RenderedPage;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /children/{laChildId}}: the child's record as a page, for practitioners in a browser.
 * It shows what the JSON views answer (the summary, the chronology, the child protection history,
 * the periods of care, the Early Help record, the contacts with their police-notification delays and
 * referrer follow-up, the management oversight), read by the same services, and opens to the same
 * people: a record closed to the person is the page of a child who does not exist (PageErrors), and
 * the refusal is audited. Each view is audited as one read of the record, naming what it showed.
 *
 * <p>The chronology's kind is a plain GET parameter ({@code ?kind=CpVisitMade}), so a filtered
 * view can be bookmarked and needs no script.
 */
@Controller
@RenderedPage
class ChildPageController {

    static final String READ_ACTION = "READ_RECORD_PAGE";
    /** A chronology kind is a journey event's type: letters and digits. */
    private static final String KIND = "[A-Za-z0-9]{1,60}";
    private static final List<String> AUDIT_READERS = List.of(CaseflowGroups.TEAM_MANAGERS, CaseflowGroups.ADMINISTRATORS);

    private final ChildAccess access;
    private final AuditTrail audit;
    private final ChildRepository children;
    private final Chronology chronology;
    private final ChildProtectionHistories childProtection;
    private final CarePeriods carePeriods;
    private final EarlyHelpHistories earlyHelp;
    private final UpcomingDates upcomingDates;
    private final ChildContacts contacts;
    private final OversightEntries oversight;
    private final PageWords words;

    ChildPageController(ChildAccess access, AuditTrail audit, ChildRepository children, Chronology chronology,
            ChildProtectionHistories childProtection, CarePeriods carePeriods, EarlyHelpHistories earlyHelp,
            UpcomingDates upcomingDates, ChildContacts contacts, OversightEntries oversight, PageWords words) {
        this.access = access;
        this.audit = audit;
        this.children = children;
        this.chronology = chronology;
        this.childProtection = childProtection;
        this.carePeriods = carePeriods;
        this.earlyHelp = earlyHelp;
        this.upcomingDates = upcomingDates;
        this.contacts = contacts;
        this.oversight = oversight;
        this.words = words;
    }

    /** No audit entry, no page: the read is written in the same transaction. */
    @GetMapping("/children/{laChildId}")
    @Transactional
    String record(@PathVariable String laChildId, @RequestParam(required = false) String kind, Authentication caller, Model model,
            HttpServletResponse response) {
        // checked before the record is opened, so a bad address says nothing about whether the child exists
        if (!laChildId.matches(ChildAccess.LA_CHILD_ID)) {
            throw new BadPageInput("An LA child id is letters and digits only, up to 20 of them, such as C0999001.");
        }
        String chosenKind = kind == null || kind.isBlank() ? null : kind;
        if (chosenKind != null && !chosenKind.matches(KIND)) {
            throw new BadPageInput("The chronology can be shown for one kind of entry at a time, chosen from the list on the record.");
        }

        access.requireOpenTo(caller, laChildId, READ_ACTION);
        ChildSummary summary = children.findSummary(laChildId).orElseThrow(() -> new ChildNotFound(laChildId));
        ChildProtectionHistory protection = childProtection.of(laChildId);
        LookedAfterHistory care = carePeriods.history(laChildId);
        List<EarlyHelpRecord.Episode> earlyHelpEpisodes = earlyHelp.of(laChildId).map(EarlyHelpRecord::episodes).orElse(List.of());
        List<ChronologyEntry> entries = chronology.of(laChildId);
        List<FrontDoorContact> childContacts = contacts.of(laChildId);
        List<OversightEntry> decisions = oversight.of(laChildId);
        LocalDate today = LocalDate.now(BusinessDates.LONDON);

        ChildRecordPage page = new ChildRecordPage(summary, upcomingDates.of(summary, protection, care, earlyHelpEpisodes, today),
                newestFirst(entries, chosenKind), entries.size(), kindsOf(entries), chosenKind, protection, care, earlyHelpEpisodes,
                childContacts, decisions, today, caller.getName(), Instant.now(),
                CaseflowAuthorities.groupsOf(caller).stream().anyMatch(AUDIT_READERS::contains));
        audit.record(caller.getName(), READ_ACTION, laChildId, whatWasShown(page));

        model.addAttribute("nonce", PageHeaders.secure(response));
        model.addAttribute("words", words);
        model.addAttribute("page", page);
        return "child-record";
    }

    /** On business dates, newest first; of one day, the one the journey took last first. */
    private static List<ChronologyEntry> newestFirst(List<ChronologyEntry> oldestFirst, String kind) {
        List<ChronologyEntry> shown = new ArrayList<>(oldestFirst.stream()
                .filter(entry -> kind == null || kind.equals(entry.kind())).toList());
        Collections.reverse(shown);
        return shown;
    }

    private static List<KindChoice> kindsOf(List<ChronologyEntry> entries) {
        Map<String, Long> counts = entries.stream().collect(Collectors.groupingBy(ChronologyEntry::kind, TreeMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().map(count -> new KindChoice(count.getKey(), KindWords.of(count.getKey()), count.getValue()))
                .sorted(Comparator.comparing(KindChoice::words)).toList();
    }

    /** The audit entry says what the page showed, so the trail tells a page from a JSON read. */
    private static String whatWasShown(ChildRecordPage page) {
        List<String> parts = new ArrayList<>(List.of("summary", "upcoming dates",
                page.kind() == null ? "chronology" : "chronology of kind " + page.kind()));
        if (page.hasChildProtection()) {
            parts.add("child protection");
        }
        if (page.hasChildInNeed()) {
            parts.add("child in need");
        }
        if (page.hasLookedAfter()) {
            parts.add("looked after");
        }
        if (page.hasEarlyHelp()) {
            parts.add("Early Help");
        }
        if (!page.contacts().isEmpty()) {
            parts.add("contacts");
        }
        if (!page.oversight().isEmpty()) {
            parts.add("management oversight");
        }
        return "Record page: " + String.join(", ", parts);
    }
}
