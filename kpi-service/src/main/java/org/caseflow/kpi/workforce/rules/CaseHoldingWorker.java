package org.caseflow.kpi.workforce.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A case-holding social worker, as the workforce measures see them on a day (DfE children's social work workforce
 * census: only case holders count towards caseloads).
 *
 * @param fte       their full-time equivalent, more than 0 and at most 1
 * @param permanent employed by the council rather than through an agency
 * @param inAsye    in their assessed and supported year in employment that day
 */
public record CaseHoldingWorker(String id, BigDecimal fte, boolean permanent, boolean inAsye) {

    public CaseHoldingWorker {
        Objects.requireNonNull(id, "id");
        if (fte == null || fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A full-time equivalent is more than 0 and at most 1, not " + fte + " (" + id + ")");
        }
    }
}
