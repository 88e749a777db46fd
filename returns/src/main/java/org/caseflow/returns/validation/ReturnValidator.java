package org.caseflow.returns.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.validation.cin.CinCensusRules;
import org.caseflow.returns.validation.ssda903.Ssda903Rules;

/**
 * Runs DfE validation rules over children's records for a collection year: for one child as the work
 * is recorded, or for every child on demand.
 */
public final class ReturnValidator {

    private final List<ValidationRule> rules;

    public ReturnValidator(List<ValidationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule Caseflow implements, CIN census then SSDA903. */
    public static ReturnValidator withAllRules() {
        return new ReturnValidator(Stream.concat(CinCensusRules.all().stream(), Ssda903Rules.all().stream()).toList());
    }

    public List<ValidationRule> rules() {
        return rules;
    }

    /** Where one child's record breaks a rule, rule by rule in the order the rules are listed. */
    public List<RuleFailure> validate(ChildRecord child, FinancialYear year) {
        return rules.stream()
                .flatMap(rule -> rule.failures(child, year).stream()
                        .map(location -> new RuleFailure(rule.code(), rule.message(), rule.statutoryReturn(), child.laChildId(), location)))
                .toList();
    }

    /** Each child's failures, by LA child id in order; a child with none has an empty list. */
    public Map<String, List<RuleFailure>> validate(Collection<ChildRecord> children, FinancialYear year) {
        Map<String, List<RuleFailure>> failures = new LinkedHashMap<>();
        children.stream()
                .sorted(Comparator.comparing(ChildRecord::laChildId))
                .forEach(child -> failures.put(child.laChildId(), validate(child, year)));
        return failures;
    }
}
