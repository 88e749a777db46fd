package org.caseflow.kpi.fostering.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.journey.events.fostering.CarerType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A carer is approved at the end of a day from its approval up to the day before its deregistration
 * (docs/statutory-rules.md section 5).
 */
class CarerTest {

    @ParameterizedTest(name = "approved {0}, deregistered {1}: approved at the end of {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "2024-02-29, -,          2024-02-29, true",
            "2024-02-29, -,          2024-02-28, false",
            "2023-05-01, 2024-02-29, 2024-02-28, true",
            "2023-05-01, 2024-02-29, 2024-02-29, false",
            "2024-02-29, 2024-02-29, 2024-02-29, false"})
    void aCarerIsApprovedFromItsApprovalToTheDayBeforeItsDeregistration(LocalDate approvedOn, LocalDate deregisteredOn, LocalDate date,
            boolean approved) {
        assertThat(new Carer("FC-1", CarerType.KINSHIP, approvedOn, deregisteredOn, "worker").isApprovedOn(date)).isEqualTo(approved);
    }
}
