package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.fixtures.EpisodeBuilder;
import org.caseflow.returns.record.ReasonForClosure;
import org.junit.jupiter.api.Test;

class Rule8820OverlappingEpisodesTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 5, 1);
    private static final LocalDate SECOND = LocalDate.of(2025, 9, 1);
    private final Rule8820OverlappingEpisodes rule = new Rule8820OverlappingEpisodes();

    private List<String> failures(EpisodeBuilder first, EpisodeBuilder second) {
        return rule.failures(child("CF1").episode(first).episode(second).build(), YEAR_2025_26);
    }

    @Test
    void a_referral_on_the_day_the_last_episode_closed_passes() {
        assertThat(failures(referral(FIRST).closed(SECOND, ReasonForClosure.RC7), referral(SECOND))).isEmpty();
    }

    @Test
    void a_referral_the_day_before_the_last_episode_closed_fails() {
        assertThat(failures(referral(FIRST).closed(SECOND.plusDays(1), ReasonForClosure.RC7), referral(SECOND)))
                .containsExactly("CINdetails referred 2025-09-01");
    }

    @Test
    void a_referral_while_another_episode_is_open_fails() {
        assertThat(failures(referral(FIRST), referral(SECOND))).containsExactly("CINdetails referred 2025-09-01");
    }

    @Test
    void a_referral_after_an_open_referral_with_no_further_action_passes() {
        assertThat(failures(referral(FIRST).noFurtherAction(), referral(SECOND))).isEmpty();
    }
}
