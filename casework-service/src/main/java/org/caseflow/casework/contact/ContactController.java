package org.caseflow.casework.contact;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildRecordProblems;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.openapi.ProblemResponse;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.support.web.Problems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The front door's contacts as the record shows them: a child's, with the delays of a police
 * notification, whether the referrer was told and what was done out of hours; and, for the
 * front-door managers, the written contacts closed with nobody telling the referrer.
 */
@RestController
class ContactController {

    static final String FRONT_DOOR_MANAGERS = CaseflowGroups.managersOf("front-door");
    /** How far back the managers' list looks when not told. */
    static final int DEFAULT_MONTHS = 3;

    private final ChildAccess access;
    private final ChildContacts contacts;
    private final AuditTrail audit;

    ContactController(ChildAccess access, ChildContacts contacts, AuditTrail audit) {
        this.access = access;
        this.contacts = contacts;
        this.audit = audit;
    }

    @Operation(summary = "A child's contacts to the front door", description = """
            Each contact about the child, newest first: who made it and how it arrived, for a police notification the \
            incident date and the calendar days from the incident to the contact and to the decision, the decision and \
            its rationale, who decided, the days from the contact to the decision, whether the referrer was told (how \
            and when) or why not, whether it is a written contact closed without the referrer being told, and out of \
            hours what the emergency duty team did and when it handed over to the front door. For practitioners and \
            managers to whom the record is open, and administrators; each read is written to the child's audit trail \
            (`READ_CONTACTS`).""")
    @ChildRecordProblems
    @GetMapping("/api/casework/children/{laChildId}/contacts")
    @Transactional
    List<FrontDoorContact> contacts(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId, Authentication caller) {
        access.openForReading(caller, laChildId, "READ_CONTACTS");
        return contacts.of(laChildId);
    }

    /**
     * @param from the first decision date listed; three months before {@code to} when not given
     * @param to   the last; today in London when not given
     */
    @Operation(summary = "Written contacts closed without telling the referrer", description = """
            The front-door managers' list to follow up: contacts that arrived in writing (email, letter, online form), were \
            decided with no further action or information and advice, and whose referrer is not recorded as told, decided \
            from `from` to `to` (both included; by default the three months to today in London), oldest first. For the \
            front-door managers and administrators; each child listed is written to their audit trail \
            (`LISTED_CONTACT_CLOSED_WITHOUT_FOLLOW_UP`).""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "The list is for the front-door managers and administrators.")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-input", when = "`from` is after `to`, or a date is not a date.",
            detail = "from (2026-11-30) is after to (2026-11-01).")
    @GetMapping("/api/casework/contacts/closed-without-follow-up")
    @Transactional
    List<FrontDoorContact> closedWithoutFollowUp(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication caller) {
        List<String> groups = CaseflowAuthorities.groupsOf(caller);
        if (!groups.contains(FRONT_DOOR_MANAGERS) && !groups.contains(CaseflowGroups.ADMINISTRATORS)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, Problems.forbidden(), null);
        }
        LocalDate last = to != null ? to : LocalDate.now(BusinessDates.LONDON);
        LocalDate first = from != null ? from : last.minusMonths(DEFAULT_MONTHS);
        if (first.isAfter(last)) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                    "from (" + first + ") is after to (" + last + ")."), null);
        }
        List<FrontDoorContact> listed = contacts.closedWithoutFollowUp(first, last);
        listed.forEach(contact -> audit.record(caller.getName(), "LISTED_CONTACT_CLOSED_WITHOUT_FOLLOW_UP", contact.laChildId(),
                contact.contactId()));
        return listed;
    }
}
