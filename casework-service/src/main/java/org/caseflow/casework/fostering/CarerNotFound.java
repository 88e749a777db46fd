package org.caseflow.casework.fostering;

import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A 404 problem for a carer id the register does not hold. */
class CarerNotFound extends ErrorResponseException {

    CarerNotFound(String carerId) {
        super(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "carer-not-found",
                "The foster carer register holds no household with carer id " + carerId + "."), null);
    }
}
