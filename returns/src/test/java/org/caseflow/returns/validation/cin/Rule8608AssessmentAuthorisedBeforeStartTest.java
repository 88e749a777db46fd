package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8608AssessmentAuthorisedBeforeStartTest {

    private final Rule8608AssessmentAuthorisedBeforeStart rule = new Rule8608AssessmentAuthorisedBeforeStart();

    private static final LocalDate STARTED = LocalDate.of(2025, 6, 4);

    private List<String> failures(LocalDate authorised) {
        return rule.failures(child("CF1").episode(referral(LocalDate.of(2025, 6, 2)).assessment(STARTED, authorised)).build(),
                YEAR_2025_26);
    }

    @Test
    void authorised_the_day_it_started_passes() {
        assertThat(failures(STARTED)).isEmpty();
    }

    @Test
    void authorised_the_day_before_it_started_fails() {
        assertThat(failures(STARTED.minusDays(1))).containsExactly("CINdetails referred 2025-06-02 / Assessments started 2025-06-04");
    }

    @Test
    void an_assessment_not_yet_authorised_passes() {
        assertThat(failures(null)).isEmpty();
    }
}
