package org.caseflow.casework.child;

/**
 * A value the record keeps as a code (SSDA903's, or the journey's own), answered with its plain
 * words beside it: a social worker reads the words, a data officer or a return finds the code.
 *
 * @param code  e.g. {@code N1}
 * @param words e.g. {@code abuse or neglect}; null only for a code the event contract no longer knows
 */
public record CodeAndWords(String code, String words) {
}
