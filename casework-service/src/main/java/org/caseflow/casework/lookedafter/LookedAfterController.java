package org.caseflow.casework.lookedafter;

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
 * A child's periods of care, with their placements, visits and reviews. Opened as every view of the
 * record is ({@link ChildAccess}): while the child is looked after, only to the care team, the teams
 * with open work for the child, their managers and administrators; to anyone else it answers as a
 * missing child. The read is audited in the same transaction: no audit entry, no history.
 */
@RestController
class LookedAfterController {

    private final ChildAccess access;
    private final CarePeriods periods;

    LookedAfterController(ChildAccess access, CarePeriods periods) {
        this.access = access;
        this.periods = periods;
    }

    @Operation(summary = "A child's periods of care", description = """
            Each period the child has been looked after, oldest first: how it started, its legal status and category of \
            need, the care team and social worker, its placements (with their placement plans), visits and reviews \
            (with the independent reviewing officer), what is due next, and how it ended. SSDA903 codes come with \
            their words. While the child is looked after, the record is open only to the care team, the teams with \
            open work for the child, their managers and administrators. Each read is written to the child's audit \
            trail (`READ_LOOKED_AFTER`).""")
    @ChildRecordProblems
    @GetMapping("/api/casework/children/{laChildId}/looked-after")
    @Transactional
    LookedAfterHistory history(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId, Authentication caller) {
        access.openForReading(caller, laChildId, "READ_LOOKED_AFTER");
        return periods.history(laChildId);
    }
}
