package org.caseflow.returns.record;

import java.time.LocalDate;

/** A looked-after child's legal status from a day until the next spell starts or care ends. */
public record LegalStatusSpell(LocalDate from, LegalStatus status) {
}
