package org.caseflow.returns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.junit.jupiter.api.Test;

class Rule302FirstEpisodeBeforeBirthTest {

    private static final LocalDate BORN = LocalDate.of(2025, 10, 14);
    private final Rule302FirstEpisodeBeforeBirth rule = new Rule302FirstEpisodeBeforeBirth();

    private List<String> failures(LocalDate careStarted) {
        return rule.failures(child("CF1").born(BORN)
                .care(lookedAfterFrom(careStarted, LegalStatus.L2, PlacementType.U6, PlacementProvider.PR1)).build(), YEAR_2025_26);
    }

    @Test
    void looked_after_from_the_day_of_birth_passes() {
        assertThat(failures(BORN)).isEmpty();
    }

    @Test
    void looked_after_from_the_day_before_birth_fails() {
        assertThat(failures(BORN.minusDays(1))).containsExactly("Episodes DECOM 2025-10-13");
    }
}
