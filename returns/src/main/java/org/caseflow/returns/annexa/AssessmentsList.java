package org.caseflow.returns.annexa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caseflow.returns.record.Assessment;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CinEpisode;

/** List 4: child and family assessments open at any time in the period. */
final class AssessmentsList {

    static final List<String> HEADINGS = ChildColumns.headings(List.of(ChildColumns.DISABILITY, "Continuous Assessment Start Date",
            "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
            "Was the child assessed as requiring LA children's social care support?", "Allocated Team", "Allocated Worker"));

    private AssessmentsList() {
    }

    static AnnexAList build(List<ChildRecord> children, AnnexAPeriod period) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChildRecord child : children) {
            for (CinEpisode episode : child.cinEpisodes()) {
                episode.assessments().stream()
                        .filter(assessment -> period.overlaps(assessment.startDate(), assessment.authorisationDate()))
                        .sorted(Comparator.comparing(Assessment::startDate))
                        .forEach(assessment -> {
                            List<Object> row = ChildColumns.row(child, period);
                            row.add(ChildColumns.disability(child));
                            row.add(assessment.startDate());
                            row.add(Labels.yesNo(assessment.childSeen()));
                            row.add(period.byEnd(assessment.authorisationDate()));
                            // the outcome is only known once the assessment is authorised
                            row.add(period.byEnd(assessment.authorisationDate()) == null ? null : Labels.yesNo(assessment.needsSupport()));
                            row.add(episode.allocation().team());
                            row.add(episode.allocation().worker());
                            rows.add(row);
                        });
            }
        }
        return new AnnexAList("List 4", HEADINGS, rows);
    }
}
