package org.caseflow.casework.lookedafter;

import jakarta.validation.constraints.Pattern;
import org.caseflow.casework.access.ChildAccess;
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

    @GetMapping("/api/casework/children/{laChildId}/looked-after")
    @Transactional
    LookedAfterHistory history(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId, Authentication caller) {
        access.openForReading(caller, laChildId, "READ_LOOKED_AFTER");
        return periods.history(laChildId);
    }
}
