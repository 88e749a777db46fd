package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseflow.kpi.catalogue.MeasureCatalogue;
import org.caseflow.kpi.catalogue.MeasureDefinition;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One measure for one month, for the report's drill-down: its result as the month's report gives it, and, for a
 * measure that counts children ({@link CountsChildren}), which children.
 */
@Service
public class MeasureDetail {

    private final MeasureCatalogue catalogue;
    private final Map<String, Measure> measures;

    MeasureDetail(MeasureCatalogue catalogue, List<Measure> measures) {
        this.catalogue = catalogue;
        this.measures = measures.stream().collect(Collectors.toMap(Measure::measureId, Function.identity()));
    }

    /** @throws MeasureNotFound for a measure Caseflow does not compute */
    @Transactional(readOnly = true)
    public MeasureResult resultFor(String id, YearMonth month, LocalDate today, YearProjection.Method projection) {
        MeasureDefinition definition = catalogue.byId(id).filter(found -> measures.containsKey(id)).orElseThrow(() -> new MeasureNotFound(id));
        Measure measure = measures.get(id);
        ReportingPeriod period = ReportingPeriod.of(month, today, projection);
        return MeasureResult.of(definition, period, measure.valueFor(period), measure.valueFor(period.previous()), measure.inMonth(period));
    }

    /** Whether the measure can say which children it counted. */
    public boolean countsChildren(String id) {
        return measures.get(id) instanceof CountsChildren;
    }

    /** The children {@code id} counted for the month; empty for a measure that does not count children. */
    @Transactional(readOnly = true)
    public Optional<SortedSet<String>> childrenCounted(String id, YearMonth month, LocalDate today) {
        if (!(measures.get(id) instanceof CountsChildren counts)) {
            return Optional.empty();
        }
        return Optional.of(counts.childrenCounted(ReportingPeriod.of(month, today)));
    }
}
