package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule8615Section47StartAfterIcpcTest {

    private static final LocalDate S47_START = LocalDate.of(2025, 6, 20);
    private final Rule8615Section47StartAfterIcpc rule = new Rule8615Section47StartAfterIcpc();

    private List<String> failures(LocalDate icpc) {
        return rule.failures(child("CF1").episode(referral(LocalDate.of(2025, 6, 2)).section47(S47_START, null, icpc)).build(),
                YEAR_2025_26);
    }

    @Test
    void a_conference_on_the_day_the_enquiry_started_passes() {
        assertThat(failures(S47_START)).isEmpty();
    }

    @Test
    void a_conference_the_day_before_the_enquiry_started_fails() {
        assertThat(failures(S47_START.minusDays(1))).containsExactly("CINdetails referred 2025-06-02 / Section47 started 2025-06-20");
    }

    @Test
    void an_enquiry_with_no_conference_yet_passes() {
        assertThat(failures(null)).isEmpty();
    }
}
