package org.caseflow.casework.child;

import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/casework/children")
public class ChildController {

    /** The shape of an LA child id; anything else is refused before it reaches the database. */
    public static final String LA_CHILD_ID = "[A-Za-z0-9]{1,20}";

    private final ChildRepository children;

    ChildController(ChildRepository children) {
        this.children = children;
    }

    @GetMapping("/{laChildId}")
    ChildSummary summary(@PathVariable @Pattern(regexp = LA_CHILD_ID) String laChildId) {
        return children.findSummary(laChildId).orElseThrow(() -> new ChildNotFound(laChildId));
    }
}
