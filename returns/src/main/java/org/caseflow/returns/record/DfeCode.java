package org.caseflow.returns.record;

/** A value of one of the DfE's code sets, as written in a return. */
public interface DfeCode {

    /** The code as the return writes it, e.g. {@code N1} or {@code 1A}. */
    String code();

    /** The code of {@code value}, or null when there is none: an optional item is then left out. */
    static String of(DfeCode value) {
        return value == null ? null : value.code();
    }
}
