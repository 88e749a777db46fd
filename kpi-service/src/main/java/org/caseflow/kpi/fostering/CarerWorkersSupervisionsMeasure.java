package org.caseflow.kpi.fostering;

import java.time.LocalDate;
import java.util.Set;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.kpi.fostering.rules.SupervisingWorkers;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.WorkFallingDue;
import org.caseflow.kpi.supervision.Supervisions;

/**
 * Supervision of the case workers of foster carers of one type for the month: the supervisions in timescale, counted
 * as the supervision measures count them ({@link Supervisions#inTimescaleBetween}), of the supervising social workers
 * of the carers of that type approved at the end of the reporting date ({@link SupervisingWorkers}). The workers are
 * taken from the carers rather than from the directory's services, since the fostering service's social workers
 * supervise in-house and kinship carers alike and the report shows each kind's case workers apart.
 */
abstract class CarerWorkersSupervisionsMeasure implements Measure {

    private final FosterCarers carers;
    private final Supervisions supervisions;
    private final CarerType type;

    CarerWorkersSupervisionsMeasure(FosterCarers carers, Supervisions supervisions, CarerType type) {
        this.carers = carers;
        this.supervisions = supervisions;
        this.type = type;
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        LocalDate lastDay = period.reportingDate();
        Set<String> caseWorkers = SupervisingWorkers.of(lastDay, type, carers.approvedOrDeregisteredOn(lastDay));
        WorkFallingDue.Count count = supervisions.inTimescaleBetween(caseWorkers::contains, period.monthStart(), lastDay);
        return MeasureValue.percentage(count.inTimescale(), count.due(), period.inMonth());
    }
}
