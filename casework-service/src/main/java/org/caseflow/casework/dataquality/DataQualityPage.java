package org.caseflow.casework.dataquality;

import java.time.Instant;
import java.util.List;
import org.caseflow.casework.returns.ReturnFailures.ChildFailure;

/**
 * What the data-quality page shows for a collection year: each DfE rule the records break, with the
 * children whose record breaks it and where.
 *
 * @param collectionYear the year shown, such as {@code 2025-26}
 * @param years          the years to choose from, newest first
 * @param rules          the rules broken, CIN census first, then SSDA903, each by rule number
 * @param rulesRun       how many rules Caseflow runs
 */
public record DataQualityPage(String collectionYear, List<String> years, List<BrokenRule> rules, int rulesRun, String viewedBy,
        Instant viewedAt) {

    public long childrenFailing() {
        return rules.stream().flatMap(rule -> rule.failures().stream()).map(ChildFailure::laChildId).distinct().count();
    }

    public int failures() {
        return rules.stream().mapToInt(rule -> rule.failures().size()).sum();
    }

    /** A rule and its failures, by LA child id. */
    public record BrokenRule(String code, String message, String statutoryReturn, List<ChildFailure> failures) {

        public long children() {
            return failures.stream().map(ChildFailure::laChildId).distinct().count();
        }

        public String returnInWords() {
            return "SSDA903".equals(statutoryReturn) ? "SSDA903 (children looked after)" : "CIN census";
        }

        /** A query (a rule number ending in Q) may be explained to the DfE rather than fixed. */
        public boolean query() {
            return code.endsWith("Q");
        }
    }
}
