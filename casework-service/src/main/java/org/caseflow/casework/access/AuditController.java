package org.caseflow.casework.access;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.caseflow.casework.audit.AuditEntry;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managers read who has read and changed a child's record; reading the trail is audited too. It is
 * opened as every view of the record is, so it lives with the access rules rather than with the
 * trail, which those rules write to.
 */
@RestController
class AuditController {

    private final AuditTrail audit;
    private final ChildAccess access;

    AuditController(AuditTrail audit, ChildAccess access) {
        this.audit = audit;
        this.access = access;
    }

    @Operation(summary = "A child's audit trail", description = """
            Who read or changed the child's record, and who was refused it, oldest first: when, who, what (`READ_SUMMARY`, \
            `IDENTITY_CHANGED`, `READ_DENIED`…), the request's correlation id and the detail. For team managers to whom \
            the record is open, and administrators; reading it is audited too (`READ_AUDIT`).""")
    @ChildRecordProblems
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only team managers and administrators read an audit trail.")
    @GetMapping("/api/casework/children/{laChildId}/audit")
    @Transactional
    List<AuditEntry> audit(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId, Authentication caller) {
        access.openForReading(caller, laChildId, "READ_AUDIT");
        return audit.of(laChildId);
    }
}
