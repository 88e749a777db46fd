package org.caseflow.returns.annexa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.EarlyHelpAssessment;

/** List 2: Early Help assessments open at any time in the period. */
final class EarlyHelpList {

    static final List<String> HEADINGS = ChildColumns.headings(
            List.of("Assessment start date", "Assessment completion date", "Organisation completing assessment"));

    private EarlyHelpList() {
    }

    static AnnexAList build(List<ChildRecord> children, AnnexAPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChildRecord child : children) {
            child.earlyHelpAssessments().stream()
                    .filter(assessment -> period.overlaps(assessment.startDate(), assessment.completionDate()))
                    .sorted(Comparator.comparing(EarlyHelpAssessment::startDate))
                    .forEach(assessment -> {
                        List<Object> row = ChildColumns.row(child, period);
                        row.add(assessment.startDate());
                        row.add(period.byEnd(assessment.completionDate()));
                        row.add(assessment.organisation());
                        rows.add(row);
                    });
        }
        return new AnnexAList("List 2", HEADINGS, rows);
    }
}
