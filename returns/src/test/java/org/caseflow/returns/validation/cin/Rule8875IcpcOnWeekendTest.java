package org.caseflow.returns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Rule8875IcpcOnWeekendTest {

    private final Rule8875IcpcOnWeekend rule = new Rule8875IcpcOnWeekend();

    @ParameterizedTest(name = "a conference on {0} ({1}) fails: {2}")
    @CsvSource({
        "2025-07-11, Friday, false",
        "2025-07-12, Saturday, true",
        "2025-07-13, Sunday, true",
        "2025-07-14, Monday, false",
        "2025-08-25, bank holiday Monday, false"})
    void a_conference_on_a_saturday_or_sunday_fails(LocalDate icpc, String day, boolean fails) {
        var failures = rule.failures(child("CF1").episode(referral(LocalDate.of(2025, 6, 2))
                .section47(LocalDate.of(2025, 6, 20), null, icpc)).build(), YEAR_2025_26);

        assertThat(failures.isEmpty()).isEqualTo(!fails);
    }
}
