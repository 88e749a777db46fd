/**
 * The DfE's SSDA903 validation rules Caseflow implements, one class per rule, named by its number and
 * what it checks. Numbers and messages follow the DfE's validation rules for the 2025 to 2026 return;
 * each class quotes the rule's condition in its javadoc.
 */
package org.caseflow.returns.validation.ssda903;
