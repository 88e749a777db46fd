package org.caseflow.returns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.returns.fixtures.ChildBuilder;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.MissingEpisode;
import org.caseflow.returns.record.MissingKind;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.junit.jupiter.api.Test;

class Rule567MissingEndsBeforeStartTest {

    private static final LocalDate WENT_MISSING = LocalDate.of(2025, 10, 3);
    private final Rule567MissingEndsBeforeStart rule = new Rule567MissingEndsBeforeStart();

    private static ChildBuilder lookedAfter() {
        return child("CF1").care(lookedAfterFrom(LocalDate.of(2025, 5, 1), LegalStatus.C2, PlacementType.K2, PlacementProvider.PR4));
    }

    private List<String> failures(LocalDate found) {
        return rule.failures(lookedAfter().missing(new MissingEpisode(MissingKind.MISSING, WENT_MISSING, found)).build(), YEAR_2025_26);
    }

    @Test
    void found_the_day_they_went_missing_passes() {
        assertThat(failures(WENT_MISSING)).isEmpty();
    }

    @Test
    void found_the_day_before_they_went_missing_fails() {
        assertThat(failures(WENT_MISSING.minusDays(1))).containsExactly("Missing MIS_START 2025-10-03");
    }

    @Test
    void still_missing_passes() {
        assertThat(failures(null)).isEmpty();
    }
}
