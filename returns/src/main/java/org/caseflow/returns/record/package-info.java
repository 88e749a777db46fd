/**
 * The neutral input of every return: a child's record as the case record holds it, in the DfE's
 * codes. Nothing here knows about journeys, events or storage; the case record fills these types
 * (that wiring is the next step) and the returns are projections of them.
 *
 * <p>Code lists are those of the 2025 to 2026 collections (CIN census and SSDA903). A code the DfE
 * retired is not offered, so a record can only carry codes the returns accept.
 */
package org.caseflow.returns.record;
