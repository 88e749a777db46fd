package org.caseflow.casework.dataquality;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.casework.returns.CaseRecordChildren;
import org.caseflow.casework.returns.ReturnFailures;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.ReturnValidator;
import org.caseflow.returns.validation.RuleFailure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs every DfE validation rule Caseflow implements on children's records, as the returns for a
 * collection year would hold them, and keeps what each record breaks now: for one child as their
 * events arrive ({@link ContinuousValidation}), or for every child on demand.
 */
@Service
public class RecordValidation {

    private final ReturnValidator validator = ReturnValidator.withAllRules();
    private final CaseRecordChildren children;
    private final ReturnFailures failures;
    private final ReturnFailureGauge gauge;
    private final JdbcClient jdbc;

    RecordValidation(CaseRecordChildren children, ReturnFailures failures, ReturnFailureGauge gauge, JdbcClient jdbc) {
        this.children = children;
        this.failures = failures;
        this.gauge = gauge;
        this.jdbc = jdbc;
    }

    ReturnValidator validator() {
        return validator;
    }

    /** The child's failures for each of the years become what the rules find in their record now. Run in a transaction. */
    void revalidate(String laChildId, Collection<FinancialYear> years) {
        lock(laChildId);
        children.of(laChildId).ifPresent(child -> years.forEach(year -> failures.replace(laChildId, year, validator.validate(child, year))));
        gauge.refresh();
    }

    /** Every child's failures for the year, afresh. Run in a transaction. */
    YearValidation revalidateYear(FinancialYear year) {
        List<ChildRecord> all = children.all();
        Map<String, List<RuleFailure>> found = validator.validate(all, year);
        found.forEach((laChildId, childFailures) -> {
            lock(laChildId);
            failures.replace(laChildId, year, childFailures);
        });
        gauge.refresh();
        long failing = found.values().stream().filter(childFailures -> !childFailures.isEmpty()).count();
        int total = found.values().stream().mapToInt(List::size).sum();
        return new YearValidation(year.label(), all.size(), failing, total, failures.countsByRule(year));
    }

    /** Two runs on one child (the feed's and one on demand) take turns, so neither leaves the other's failures behind. */
    private void lock(String laChildId) {
        jdbc.sql("select la_child_id from child where la_child_id = :child for update").param("child", laChildId).query().listOfRows();
    }

    /**
     * What a run over every child found.
     *
     * @param collectionYear   such as {@code 2025-26}
     * @param childrenChecked  every child the record holds
     * @param childrenFailing  the children whose record breaks at least one rule
     * @param failures         the failures in all
     * @param failuresByRule   how many of each rule, by the DfE's rule number; rules with none left out
     */
    public record YearValidation(String collectionYear, int childrenChecked, long childrenFailing, int failures,
            Map<String, Long> failuresByRule) {
    }
}
