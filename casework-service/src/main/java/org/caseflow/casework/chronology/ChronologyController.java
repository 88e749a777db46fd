package org.caseflow.casework.chronology;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.caseflow.casework.access.ChildAccess;
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
    @GetMapping("/api/casework/children/{laChildId}/chronology")
    @Transactional
    List<ChronologyEntry> chronology(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId,
            Authentication caller) {
        access.openForReading(caller, laChildId, "READ_CHRONOLOGY");
        return chronology.of(laChildId);
    }
}
