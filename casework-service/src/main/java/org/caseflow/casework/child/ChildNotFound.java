package org.caseflow.casework.child;

import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A 404 problem for an LA child id that no record has. */
public class ChildNotFound extends ErrorResponseException {

    public ChildNotFound(String laChildId) {
        super(HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "child-not-found", "No child has LA child id " + laChildId + "."), null);
    }
}
