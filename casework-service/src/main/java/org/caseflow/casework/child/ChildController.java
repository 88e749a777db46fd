package org.caseflow.casework.child;

import jakarta.validation.constraints.Pattern;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildNotFound;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/casework/children")
class ChildController {

    private final ChildRepository children;
    private final ChildAccess access;

    ChildController(ChildRepository children, ChildAccess access) {
        this.children = children;
        this.access = access;
    }

    /** Every read is audited, in the same transaction: no audit entry, no record. */
    @GetMapping("/{laChildId}")
    @Transactional
    ChildSummary summary(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId, Authentication caller) {
        access.openForReading(caller, laChildId, "READ_SUMMARY");
        return children.findSummary(laChildId).orElseThrow(() -> new ChildNotFound(laChildId));
    }
}
