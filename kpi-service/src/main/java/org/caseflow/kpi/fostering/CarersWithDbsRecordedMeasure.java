package org.caseflow.kpi.fostering;

import java.time.LocalDate;
import org.caseflow.journey.events.fostering.CarerType;
import org.caseflow.kpi.fostering.rules.DbsRecorded;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;

/**
 * Foster carers with DBS recorded, of one type ({@link DbsRecorded}; snapshot): of the carers approved at the end of the
 * reporting date, those whose DBS check is recorded and not past its renewal that day. The report shows in-house and
 * kinship carers apart, one KPI each.
 */
abstract class CarersWithDbsRecordedMeasure implements Measure {

    private final FosterCarers carers;
    private final CarerType type;

    CarersWithDbsRecordedMeasure(FosterCarers carers, CarerType type) {
        this.carers = carers;
        this.type = type;
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        LocalDate date = period.reportingDate();
        DbsRecorded.Count count = DbsRecorded.on(date, type, carers.approvedOrDeregisteredOn(date), carers.dbsChecksMadeBy(date));
        return MeasureValue.percentage(count.recorded(), count.carers(), period.atReportingDate());
    }
}
