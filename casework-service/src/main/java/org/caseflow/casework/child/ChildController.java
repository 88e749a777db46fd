package org.caseflow.casework.child;

import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/casework/children")
class ChildController {

    private final ChildRepository children;

    ChildController(ChildRepository children) {
        this.children = children;
    }

    @GetMapping("/{laChildId}")
    ChildSummary summary(@PathVariable String laChildId) {
        return children.findSummary(laChildId).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "child-not-found", "No child has LA child id " + laChildId + "."), null));
    }
}
