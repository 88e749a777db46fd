package org.caseflow.casework.oversight;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildRecordProblems;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's decisions with management oversight: inspectors look for the manager's name, the date
 * and their direction at each decision point on the case file. Opened as every view of the record is.
 */
@RestController
class OversightController {

    private final ChildAccess access;
    private final OversightEntries entries;

    OversightController(ChildAccess access, OversightEntries entries) {
        this.access = access;
        this.entries = entries;
    }

    @Operation(summary = "A child's management oversight", description = """
            Each decision a manager made or endorsed on the child's record (the decision on a contact, the authorisation \
            of an assessment or its sending back for more work, the endorsement of a section 47 enquiry's outcome or its \
            sending back, a plan ended by step-down or closure), oldest first: the decision point, the manager, the date \
            and their direction in their own words. For practitioners and managers to whom the record is open, and \
            administrators; each read is written to the child's audit trail (`READ_OVERSIGHT`).""")
    @ChildRecordProblems
    @GetMapping("/api/casework/children/{laChildId}/oversight")
    @Transactional
    List<OversightEntry> oversight(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId, Authentication caller) {
        access.openForReading(caller, laChildId, "READ_OVERSIGHT");
        return entries.of(laChildId);
    }
}
