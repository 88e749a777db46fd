package org.caseflow.casework.chronology;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.caseflow.casework.child.ChildController;
import org.caseflow.casework.child.ChildNotFound;
import org.caseflow.casework.child.ChildRecords;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ChronologyController {

    private final Chronology chronology;
    private final ChildRecords children;

    ChronologyController(Chronology chronology, ChildRecords children) {
        this.chronology = chronology;
        this.children = children;
    }

    /** Dated events of the child's journey, oldest first. */
    @GetMapping("/api/casework/children/{laChildId}/chronology")
    List<ChronologyEntry> chronology(@PathVariable @Pattern(regexp = ChildController.LA_CHILD_ID) String laChildId) {
        if (!children.exists(laChildId)) {
            throw new ChildNotFound(laChildId);
        }
        return chronology.of(laChildId);
    }
}
