package org.caseflow.returns.validation;

/**
 * A child's record breaks a DfE validation rule: the rule's number and message as the DfE publishes
 * them, and where in the record.
 *
 * @param location what failed, e.g. {@code CINdetails referred 2025-06-02 / Section47 started 2025-06-10}
 */
public record RuleFailure(String code, String message, StatutoryReturn statutoryReturn, String laChildId, String location) {
}
