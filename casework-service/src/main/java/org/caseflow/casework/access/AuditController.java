package org.caseflow.casework.access;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.caseflow.casework.audit.AuditEntry;
import org.caseflow.casework.audit.AuditTrail;
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

    @GetMapping("/api/casework/children/{laChildId}/audit")
    @Transactional
    List<AuditEntry> audit(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId, Authentication caller) {
        access.openForReading(caller, laChildId, "READ_AUDIT");
        return audit.of(laChildId);
    }
}
