/**
 * The DfE's CIN census validation rules Caseflow implements, one class per rule, named by its number
 * and what it checks. Numbers, messages and logic follow the DfE's "Children in need census 2025 to
 * 2026: validation rules"; each class quotes the rule's condition in its javadoc.
 */
package org.caseflow.returns.validation.cin;
