package org.caseflow.casework.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param restricted whether the record opens only to the child's allocated team
 * @param reason     why, for the audit trail (required to restrict)
 */
record Restriction(@NotNull Boolean restricted, @Size(max = 1000) String reason) {
}
