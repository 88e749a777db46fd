package org.caseflow.casework.pages;

/**
 * Something in a page's address that the page cannot take (an id of the wrong shape, a filter
 * that is not one), answered as a 400 page that says what. Checked before any record is read, so
 * it says nothing about whether a child exists.
 */
public class BadPageInput extends RuntimeException {

    /** @param problem what was wrong, as a sentence the person reads */
    public BadPageInput(String problem) {
        super(problem);
    }
}
