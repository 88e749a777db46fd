package org.caseflow.returns.record;

/** A code with the words it stands for, for lists people read (Annex A). */
public interface DescribedCode extends DfeCode {

    String label();
}
