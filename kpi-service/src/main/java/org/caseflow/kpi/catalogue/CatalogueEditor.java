package org.caseflow.kpi.catalogue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caseflow.kpi.audit.KpiAuditTrail;
import org.caseflow.kpi.catalogue.MeasureDefinition.Polarity;
import org.caseflow.kpi.catalogue.MeasureDefinition.RatedAgainst;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Changes a measure's target, tolerance band and milestones, and writes the change with what it replaced to the audit
 * trail in the same transaction. Settings that do not make sense together, for the way the measure is judged, are a
 * 400 problem naming each mistake, and change nothing.
 */
@Service
class CatalogueEditor {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final YearMonth FIRST_MILESTONE = YearMonth.of(2000, 1);
    private static final YearMonth LAST_MILESTONE = YearMonth.of(2100, 12);

    private final JdbcClient jdbc;
    private final MeasureCatalogue catalogue;
    private final KpiAuditTrail audit;

    CatalogueEditor(JdbcClient jdbc, MeasureCatalogue catalogue, KpiAuditTrail audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @Transactional
    MeasureDefinition change(String measureId, MeasureSettings settings, String actor) {
        // one change at a time to a measure, so that "before" is what this change replaced
        boolean exists = jdbc.sql("select id from measure where id = :id for update").param("id", measureId).query().optionalValue().isPresent();
        if (!exists) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "measure-not-found",
                    "The catalogue has no measure " + measureId + "."), null);
        }
        MeasureDefinition before = catalogue.byId(measureId).orElseThrow();
        List<String> mistakes = mistakes(before, settings);
        if (!mistakes.isEmpty()) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-settings",
                    "These settings do not fit the measure " + measureId + "; nothing was changed: " + String.join(" ", mistakes));
            problem.setProperty("errors", mistakes);
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        jdbc.sql("update measure set target = :target, tolerance_lower = :lower, tolerance_upper = :upper where id = :id")
                .param("target", settings.target())
                .param("lower", settings.toleranceLower())
                .param("upper", settings.toleranceUpper())
                .param("id", measureId)
                .update();
        jdbc.sql("delete from measure_milestone where measure_id = :id").param("id", measureId).update();
        for (MeasureSettings.Milestone milestone : settings.milestones()) {
            jdbc.sql("insert into measure_milestone (measure_id, month, target) values (:id, :month, :target)")
                    .param("id", measureId)
                    .param("month", milestone.month().atDay(1))
                    .param("target", milestone.target())
                    .update();
        }
        MeasureDefinition after = catalogue.byId(measureId).orElseThrow();
        audit.catalogueChanged(actor, measureId, MeasureSettings.of(before), MeasureSettings.of(after), settings.reason());
        return after;
    }

    /** What does not fit, in words a performance officer can act on; empty when all is well. */
    static List<String> mistakes(MeasureDefinition measure, MeasureSettings settings) {
        List<String> mistakes = new ArrayList<>();
        BigDecimal target = settings.target();
        BigDecimal lower = settings.toleranceLower();
        BigDecimal upper = settings.toleranceUpper();
        if (measure.polarity() == Polarity.NONE && (target != null || lower != null || upper != null)) {
            mistakes.add("The measure is context only (no way is better): it takes no target or tolerance, only milestones.");
        }
        if (measure.ratedAgainst() == RatedAgainst.MILESTONES && target != null) {
            mistakes.add("The measure is rated against its milestones: set those, not a target.");
        }
        if (measure.polarity() == Polarity.HIGH_GOOD && upper != null) {
            mistakes.add("Higher is better for this measure: its tolerance is a lower limit (toleranceLower), not an upper one.");
        }
        if (measure.polarity() == Polarity.LOW_GOOD && lower != null) {
            mistakes.add("Lower is better for this measure: its tolerance is an upper limit (toleranceUpper), not a lower one.");
        }
        if (target != null && lower != null && lower.compareTo(target) > 0) {
            mistakes.add("The lower tolerance " + lower.toPlainString() + " is above the target " + target.toPlainString() + ".");
        }
        if (target != null && upper != null && upper.compareTo(target) < 0) {
            mistakes.add("The upper tolerance " + upper.toPlainString() + " is below the target " + target.toPlainString() + ".");
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            mistakes.add("The lower tolerance " + lower.toPlainString() + " is above the upper one " + upper.toPlainString() + ".");
        }
        if (measure.unit() == MeasureDefinition.Unit.PERCENT) {
            for (BigDecimal value : percentages(settings)) {
                if (value.compareTo(HUNDRED) > 0) {
                    mistakes.add("A percentage cannot be " + value.toPlainString() + ": at most 100.");
                }
            }
        }
        Set<YearMonth> months = new HashSet<>();
        for (MeasureSettings.Milestone milestone : settings.milestones()) {
            if (!months.add(milestone.month())) {
                mistakes.add("Two milestones are set for " + milestone.month() + ": one month, one milestone.");
            }
            if (milestone.month().isBefore(FIRST_MILESTONE) || milestone.month().isAfter(LAST_MILESTONE)) {
                mistakes.add("A milestone for " + milestone.month() + " is outside the years 2000 to 2100.");
            }
        }
        return mistakes;
    }

    private static List<BigDecimal> percentages(MeasureSettings settings) {
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal value : new BigDecimal[] {settings.target(), settings.toleranceLower(), settings.toleranceUpper()}) {
            if (value != null) {
                values.add(value);
            }
        }
        settings.milestones().forEach(milestone -> values.add(milestone.target()));
        return values;
    }
}
