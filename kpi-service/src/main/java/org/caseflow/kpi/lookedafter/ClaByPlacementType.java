package org.caseflow.kpi.lookedafter;

import java.util.List;
import org.caseflow.kpi.lookedafter.rules.ClaPlacement;
import org.caseflow.kpi.lookedafter.rules.CurrentPlacements;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cla-by-placement-type}: the children looked after at the end of the reporting date
 * ({@code cla-count}), each in the placement they were in that day ({@link CurrentPlacements}), by its
 * SSDA903 type ({@code PlacementType}, A3 to Z1; snapshot).
 */
@Component
class ClaByPlacementType implements Measure {

    private final CarePeriods periods;

    ClaByPlacementType(CarePeriods periods) {
        this.periods = periods;
    }

    @Override
    public String measureId() {
        return "cla-by-placement-type";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        List<ClaPlacement> current = CurrentPlacements.on(periods.placementsOpenOrEndingOn(period.reportingDate()), period.reportingDate());
        return MeasureValue.countByCategory(current.size(), CurrentPlacements.byType(current), period.atReportingDate());
    }
}
