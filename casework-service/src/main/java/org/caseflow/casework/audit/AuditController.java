package org.caseflow.casework.audit;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.child.ChildController;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Managers read who has read and changed a child's record; reading the trail is audited too. */
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
    List<AuditEntry> audit(@PathVariable @Pattern(regexp = ChildController.LA_CHILD_ID) String laChildId, Authentication caller) {
        access.openForReading(caller, laChildId, "READ_AUDIT");
        return audit.of(laChildId);
    }
}
