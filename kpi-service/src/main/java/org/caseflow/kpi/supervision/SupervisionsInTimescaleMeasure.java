package org.caseflow.kpi.supervision;

import java.util.Optional;
import java.util.function.Predicate;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.WorkFallingDue;
import org.caseflow.kpi.workforce.Workforce;
import org.caseflow.support.directory.Service;

/**
 * Supervisions in timescale for the month ({@link Supervisions#inTimescaleBetween}): of the supervisions that fell due from the
 * first of the month to the reporting date, those held by their due date. KPI {@code supervisions-in-timescale}
 * counts every worker's; one KPI for each service of the report counts the workers the directory puts in it (a
 * worker the directory does not know, or gives no service, is in the first only).
 */
abstract class SupervisionsInTimescaleMeasure implements Measure {

    private final Supervisions supervisions;
    private final Workforce workforce;
    private final Predicate<Optional<Service>> inScope;

    /** @param inScope which workers' supervisions are counted, by the service the directory puts them in */
    SupervisionsInTimescaleMeasure(Supervisions supervisions, Workforce workforce, Predicate<Optional<Service>> inScope) {
        this.supervisions = supervisions;
        this.workforce = workforce;
        this.inScope = inScope;
    }

    /** The supervisions of the workers in {@code service}. */
    static Predicate<Optional<Service>> of(Service service) {
        return workerService -> workerService.filter(service::equals).isPresent();
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        WorkFallingDue.Count count = supervisions.inTimescaleBetween(worker -> inScope.test(workforce.serviceOf(worker)),
                period.monthStart(), period.reportingDate());
        return MeasureValue.percentage(count.inTimescale(), count.due(), period.inMonth());
    }
}
