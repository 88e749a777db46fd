package org.caseflow.casework.child;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildNotFound;
import org.caseflow.casework.access.ChildRecordProblems;
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
    @Operation(summary = "A child's summary", description = """
            Who the child is and where their case stands now: its level (Early Help, child in need, child protection \
            plan, looked after), the open episodes and the stage each is at, who holds the case, an open assessment's \
            due date, the current child protection plan, child in need plan and period of care with their next \
            dates, and the DfE validation rules the record breaks for the statutory returns (`returnFailures`, with \
            the DfE's rule number and message). For practitioners and managers to whom the record is open, and \
            administrators. Each read is written to the child's audit trail (`READ_SUMMARY`).""")
    @ChildRecordProblems
    @GetMapping("/{laChildId}")
    @Transactional
    ChildSummary summary(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId, Authentication caller) {
        access.openForReading(caller, laChildId, "READ_SUMMARY");
        return children.findSummary(laChildId).orElseThrow(() -> new ChildNotFound(laChildId));
    }
}
