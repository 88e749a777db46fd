package org.caseflow.casework.earlyhelp;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildNotFound;
import org.caseflow.casework.access.ChildRecordProblems;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's Early Help record, the one view of a child open to Early Help practitioners (who they
 * are, their Early Help episodes and the Early Help chronology). The read is audited in the same
 * transaction: no audit entry, no record.
 */
@RestController
class EarlyHelpController {

    private final EarlyHelpAccess access;
    private final EarlyHelpHistories histories;

    EarlyHelpController(EarlyHelpAccess access, EarlyHelpHistories histories) {
        this.access = access;
        this.histories = histories;
    }

    @Operation(summary = "A child's Early Help record", description = """
            Who the child is, their Early Help episodes (each with its steps, due dates and outcome) and the Early Help \
            part of their chronology: the one view of a child open to Early Help practitioners, for the children with \
            an Early Help episode. Practitioners, managers and administrators read it as every view of the record. \
            Each read is written to the child's audit trail.""")
    @ChildRecordProblems
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            when = "Your role does not open Early Help records: performance officers and service accounts see none.")
    @GetMapping("/api/casework/children/{laChildId}/early-help")
    @Transactional
    EarlyHelpRecord earlyHelp(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId, Authentication caller) {
        access.openForReading(caller, laChildId);
        return histories.of(laChildId).orElseThrow(() -> new ChildNotFound(laChildId));
    }
}
