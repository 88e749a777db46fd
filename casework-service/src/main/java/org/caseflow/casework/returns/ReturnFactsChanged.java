package org.caseflow.casework.returns;

/**
 * What the statutory returns take from a child's record changed other than through a journey event
 * (the child's characteristics, recorded on the record): the DfE rules are to run on it again, as they
 * do when a journey event changes it. Published in the transaction of the change.
 */
public record ReturnFactsChanged(String laChildId) {
}
