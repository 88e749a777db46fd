package org.caseflow.kpi.measures;

import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A measure id the catalogue does not hold, or one Caseflow does not compute yet: a 404 problem. */
public class MeasureNotFound extends ErrorResponseException {

    public MeasureNotFound(String id) {
        super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "measure-not-found",
                "No measure " + id + " is computed: see /api/kpi/catalogue for the measures."), null);
    }
}
