package org.caseflow.casework.chronology;

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

@RestController
class ChronologyController {

    private final Chronology chronology;
    private final ChildAccess access;

    ChronologyController(Chronology chronology, ChildAccess access) {
        this.chronology = chronology;
        this.access = access;
    }

    /** Dated events of the child's journey, oldest first. */
    @Operation(summary = "A child's chronology", description = """
            The dated events of the child's journeys, oldest first: each with the business date it happened on, when \
            it was recorded and by whom, its kind (the journey event's type) and a summary. For practitioners and \
            managers to whom the record is open, and administrators; each read is written to the child's audit trail \
            (`READ_CHRONOLOGY`).""")
    @ChildRecordProblems
    @GetMapping("/api/casework/children/{laChildId}/chronology")
    @Transactional
    List<ChronologyEntry> chronology(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId,
            Authentication caller) {
        access.openForReading(caller, laChildId, "READ_CHRONOLOGY");
        return chronology.of(laChildId);
    }
}
