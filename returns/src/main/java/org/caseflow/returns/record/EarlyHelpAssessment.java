package org.caseflow.returns.record;

import java.time.LocalDate;

/** An Early Help assessment (Annex A list 2). */
public record EarlyHelpAssessment(LocalDate startDate, LocalDate completionDate, String organisation) {
}
