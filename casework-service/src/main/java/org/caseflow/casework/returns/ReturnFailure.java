package org.caseflow.casework.returns;

import java.time.Instant;

/**
 * A DfE validation rule the child's record breaks now, as found the last time the rules were run on it.
 *
 * @param code            the DfE's rule number, such as {@code 8610}; a trailing Q marks a query to explain rather than an error
 * @param message         the DfE's message, word for word
 * @param statutoryReturn {@code CIN_CENSUS} or {@code SSDA903}
 * @param collectionYear  the return's year, such as {@code 2025-26}
 * @param location        where in the record, in the return's names and the item's dates
 * @param foundAt         when the rules first found it: it has stood since
 */
public record ReturnFailure(String code, String message, String statutoryReturn, String collectionYear, String location,
        Instant foundAt) {
}
