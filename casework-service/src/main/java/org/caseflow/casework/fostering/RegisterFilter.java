package org.caseflow.casework.fostering;

import java.util.Arrays;
import java.util.Optional;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Which households of the register to answer: of one type, of one status, or all. Checked before the
 * register is read, so a misspelt value is a 400 that names what it may be, rather than an empty register
 * that looks like an answer.
 *
 * @param type   empty for every type
 * @param status empty for approved and deregistered households alike
 */
record RegisterFilter(Optional<CarerType> type, Optional<CarerStatus> status) {

    /**
     * @param type   {@code IN_HOUSE} or {@code KINSHIP}, or null
     * @param status {@code approved} or {@code deregistered}, or null
     * @throws ErrorResponseException a 400 problem for any other value
     */
    static RegisterFilter of(String type, String status) {
        Optional<CarerType> carerType = type == null ? Optional.empty()
                : Optional.of(Arrays.stream(CarerType.values()).filter(known -> known.name().equals(type)).findFirst()
                        .orElseThrow(() -> invalid("type", type, "IN_HOUSE or KINSHIP")));
        Optional<CarerStatus> carerStatus = status == null ? Optional.empty()
                : Optional.of(CarerStatus.named(status).orElseThrow(() -> invalid("status", status, "approved or deregistered")));
        return new RegisterFilter(carerType, carerStatus);
    }

    private static ErrorResponseException invalid(String parameter, String value, String allowed) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
                "The register's " + parameter + " may be " + allowed + ", not \"" + value + "\"."), null);
    }
}
