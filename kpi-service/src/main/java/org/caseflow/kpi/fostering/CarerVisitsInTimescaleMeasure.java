package org.caseflow.kpi.fostering;

import java.time.LocalDate;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.kpi.fostering.rules.CarerVisitTimeliness;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.WorkFallingDue;

/**
 * Supervision of foster carers of one type in timescale for the month ({@link CarerVisitTimeliness}): of the
 * supervisory visits that fell due from the first of the month to the reporting date, those made by their due date.
 * Each visit counts, not each carer, as the supervision measures count each session.
 */
abstract class CarerVisitsInTimescaleMeasure implements Measure {

    private final FosterCarers carers;
    private final CarerType type;

    CarerVisitsInTimescaleMeasure(FosterCarers carers, CarerType type) {
        this.carers = carers;
        this.type = type;
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        LocalDate from = period.monthStart();
        LocalDate to = period.reportingDate();
        WorkFallingDue.Count count = CarerVisitTimeliness.between(carers.visitsDueBetween(from, to), carers.visitsForDuesBetween(from, to),
                type, from, to);
        return MeasureValue.percentage(count.inTimescale(), count.due(), period.inMonth());
    }
}
