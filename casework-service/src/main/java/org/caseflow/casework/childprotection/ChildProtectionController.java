package org.caseflow.casework.childprotection;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildRecordProblems;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's strategy discussions, section 47 enquiries, conferences and plans. Opened as every view
 * of the record is: a restricted record answers as a missing child to those it is closed to, and
 * the read is audited in the same transaction (no audit entry, no history).
 */
@RestController
class ChildProtectionController {

    private final ChildAccess access;
    private final ChildProtectionHistories histories;

    ChildProtectionController(ChildAccess access, ChildProtectionHistories histories) {
        this.access = access;
        this.histories = histories;
    }

    @Operation(summary = "A child's child protection history", description = """
            The child's strategy discussions, section 47 enquiries, initial child protection conferences and plans \
            (with their core groups, visits and review conferences), each with its due date and whether it was held in \
            time. A child never in child protection has empty lists. For practitioners and managers to whom the record \
            is open, and administrators; each read is written to the child's audit trail (`READ_CHILD_PROTECTION`).""")
    @ChildRecordProblems
    @GetMapping("/api/casework/children/{laChildId}/child-protection")
    @Transactional
    ChildProtectionHistory history(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId,
            Authentication caller) {
        access.openForReading(caller, laChildId, "READ_CHILD_PROTECTION");
        return histories.of(laChildId);
    }
}
