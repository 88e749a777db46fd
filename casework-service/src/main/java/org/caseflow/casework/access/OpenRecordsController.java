package org.caseflow.casework.access;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of some children's records are open to the caller, by the rules every view of a record follows. Another
 * service that lists children by their LA child ids (the KPI service's list of the children a figure counted) asks
 * here with the person's own token before showing them, so that a restricted record stays as closed in a list as it
 * is everywhere else. A closed record is audited as a refused read, as a search that comes across it is, so that
 * its team sees who came across it; the caller is told only which are open.
 */
@RestController
class OpenRecordsController {

    /** More than any one figure counts in a council (its children in need, say), fewer than would tie up the service. */
    static final int MOST_ASKED = 20_000;

    private final ChildAccess access;

    OpenRecordsController(ChildAccess access) {
        this.access = access;
    }

    @Operation(summary = "Which of these children's records are open to me", description = """
            Answers the LA child ids, of those asked about, whose records the caller may open: a restricted record \
            opens only to its team, a looked-after child's to the teams caring for them. An id no child has is not \
            open. Each record found closed is audited as a refused read, naming what was asked. For social workers, \
            team managers and administrators; at most 20,000 ids at a time.""")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-input",
            when = "No list of ids, more than 20,000, or an id that is not letters and digits (at most 20). Nothing was audited.",
            detail = "Each LA child id is letters and digits, at most 20.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only social workers, team managers and administrators open records.")
    @PostMapping("/api/casework/children/open-to-me")
    @Transactional
    OpenRecords openToMe(@Valid @RequestBody RecordsAskedAbout asked, Authentication caller) {
        SortedSet<String> open = new TreeSet<>();
        for (String laChildId : new TreeSet<>(asked.laChildIds())) {
            try {
                if (access.isOpenTo(caller, laChildId, "LIST " + asked.purposeOrDefault())) {
                    open.add(laChildId);
                }
            } catch (ChildNotFound unknown) {
                // not on the case record (yet): nothing to open
            }
        }
        return new OpenRecords(List.copyOf(open));
    }

    /**
     * @param laChildIds the children asked about
     * @param purpose    what the caller is listing them for, for the audit entry of a refusal (e.g. "the children
     *                   counted for children on CP plans, 2026-10")
     */
    record RecordsAskedAbout(
            @NotNull @Size(max = MOST_ASKED) List<@NotNull @Pattern(regexp = ChildAccess.LA_CHILD_ID) String> laChildIds,
            @Size(max = 200) String purpose) {

        String purposeOrDefault() {
            return purpose == null || purpose.isBlank() ? "children" : purpose;
        }
    }

    /** @param laChildIds the children, of those asked about, whose records are open to the caller, in order */
    record OpenRecords(List<String> laChildIds) {
    }
}
