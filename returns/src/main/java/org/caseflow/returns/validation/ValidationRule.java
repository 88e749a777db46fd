package org.caseflow.returns.validation;

import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;

/**
 * One DfE validation rule: pure, it reads a child's record as the return for a collection year would
 * hold it and says where the record breaks the rule. Named and numbered as the DfE publishes it.
 */
public interface ValidationRule {

    /** The DfE's rule number, e.g. {@code 8630}; a trailing Q marks a query the council may explain rather than fix. */
    String code();

    /** The DfE's message, word for word. */
    String message();

    StatutoryReturn statutoryReturn();

    /** Where the child's record breaks the rule; empty when it does not. */
    List<String> failures(ChildRecord child, FinancialYear year);
}
