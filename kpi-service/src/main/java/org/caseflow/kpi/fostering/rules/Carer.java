package org.caseflow.kpi.fostering.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.kpi.measures.rules.Involvement;

/**
 * A foster carer household on the council's register, as the fostering checks see it (docs/statutory-rules.md
 * section 5).
 *
 * @param approvedOn        the day a fostering team manager approved it
 * @param deregisteredOn    the day it was deregistered; null while it is approved
 * @param supervisingWorker its supervising social worker, the carer's case worker, as the approval named them: the
 *                          journey keeps that worker for the whole registration
 */
public record Carer(String carerId, CarerType type, LocalDate approvedOn, LocalDate deregisteredOn, String supervisingWorker) {

    public Carer {
        Objects.requireNonNull(carerId, "carerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }

    /**
     * Approved at the end of {@code date}: from the day of approval up to the day before deregistration, as a snapshot
     * counts a child's plan, so a carer deregistered on the reporting date is no longer counted and one approved that
     * day is.
     */
    public boolean isApprovedOn(LocalDate date) {
        return Involvement.isOpenOn(approvedOn, deregisteredOn, date);
    }
}
