package org.caseflow.kpi.fostering.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.journey.events.fostering.CarerType;
import org.junit.jupiter.api.Test;

/**
 * The case workers whose supervisions KPIs carer-workers-supervision-in-house and carer-workers-supervision-kinship count
 * (docs/statutory-rules.md section 5): the supervising social workers of the carers of the type approved at the end of the
 * period's last day.
 */
class SupervisingWorkersTest {

    private static final LocalDate MONTH_END = LocalDate.of(2025, 2, 28);

    @Test
    void theCaseWorkersAreThoseOfTheCarersOfTheTypeApprovedAtTheEndOfTheDay() {
        List<Carer> carers = List.of(
                new Carer("FC-1", CarerType.IN_HOUSE, LocalDate.of(2024, 5, 1), null, "both"),
                new Carer("FC-2", CarerType.KINSHIP, LocalDate.of(2024, 5, 1), null, "both"),
                new Carer("FC-3", CarerType.IN_HOUSE, LocalDate.of(2024, 5, 1), null, "in-house only"),
                new Carer("FC-4", CarerType.IN_HOUSE, LocalDate.of(2024, 5, 1), null, "in-house only"),
                new Carer("FC-5", CarerType.IN_HOUSE, MONTH_END, null, "approved that day"),
                new Carer("FC-6", CarerType.IN_HOUSE, LocalDate.of(2024, 5, 1), MONTH_END, "deregistered that day"),
                new Carer("FC-7", CarerType.IN_HOUSE, MONTH_END.plusDays(1), null, "approved the day after"),
                new Carer("FC-8", CarerType.KINSHIP, LocalDate.of(2024, 5, 1), MONTH_END.plusDays(1), "deregistered the day after"));

        assertThat(SupervisingWorkers.of(MONTH_END, CarerType.IN_HOUSE, carers))
                .containsExactlyInAnyOrder("both", "in-house only", "approved that day");
        assertThat(SupervisingWorkers.of(MONTH_END, CarerType.KINSHIP, carers))
                .containsExactlyInAnyOrder("both", "deregistered the day after");
        assertThat(SupervisingWorkers.of(MONTH_END.minusDays(1), CarerType.IN_HOUSE, carers)).as("the day before")
                .containsExactlyInAnyOrder("both", "in-house only", "deregistered that day");
    }
}
