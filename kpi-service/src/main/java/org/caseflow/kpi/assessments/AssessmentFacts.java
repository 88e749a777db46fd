package org.caseflow.kpi.assessments;

import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Authorised child and family assessments, one per referral, keyed by the referral's id. */
@Component
class AssessmentFacts implements FactRecorder {

    private final JdbcClient jdbc;

    AssessmentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(AssessmentCompleted.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        AssessmentCompleted assessment = AssessmentCompleted.from(event);
        jdbc.sql("""
                        insert into assessment_fact (referral_id, la_child_id, started_on, authorised_on, outcome)
                        values (:id, :child, :started, :authorised, :outcome)
                        on conflict (referral_id) do nothing""")
                .param("id", assessment.referralId()).param("child", assessment.laChildId())
                .param("started", assessment.startedOn())
                .param("authorised", assessment.authorisedOn())
                .param("outcome", assessment.outcome().name())
                .update();
    }
}
