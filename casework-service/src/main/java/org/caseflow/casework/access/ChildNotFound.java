package org.caseflow.casework.access;

import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A 404 problem for an LA child id that no record has. It is also the whole answer to someone a
 * restricted record is refused to, so that the answer does not tell them the child exists; that is
 * why it belongs with the rules of who may open a record.
 */
public class ChildNotFound extends ErrorResponseException {

    private final String laChildId;

    public ChildNotFound(String laChildId) {
        super(HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "child-not-found", "No child has LA child id " + laChildId + "."), null);
        this.laChildId = laChildId;
    }

    /** The id that was asked for, the only thing the answer may echo. */
    public String laChildId() {
        return laChildId;
    }
}
