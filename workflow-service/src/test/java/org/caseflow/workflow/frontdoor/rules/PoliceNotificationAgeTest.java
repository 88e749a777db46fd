package org.caseflow.workflow.frontdoor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.caseflow.workflow.rules.RuleViolation;
import org.junit.jupiter.api.Test;

/** A police notification's age, in calendar days from the incident, against the council's number of days. */
class PoliceNotificationAgeTest {

    private static final PoliceNotificationAge THREE_DAYS = new PoliceNotificationAge(3);
    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Test
    void aNotificationArrivingOnTheLastDayIsNotFlaggedButOneADayLaterIs() {
        assertThat(THREE_DAYS.flag(RECEIVED.minusDays(3), RECEIVED)).isEmpty();
        assertThat(THREE_DAYS.flag(RECEIVED, RECEIVED)).as("the same day").isEmpty();
        assertThat(THREE_DAYS.flag(RECEIVED.minusDays(4), RECEIVED)).hasValueSatisfying(words -> assertThat(words)
                .contains("2026-02-26", "4 days before", "within 3 days"));
    }

    @Test
    void calendarDaysAreCountedAcrossAMonthEndAndALeapDay() {
        assertThat(PoliceNotificationAge.daysOld(LocalDate.of(2024, 2, 27), LocalDate.of(2024, 3, 1))).isEqualTo(3);
        assertThat(PoliceNotificationAge.daysOld(LocalDate.of(2025, 2, 27), LocalDate.of(2025, 3, 1))).isEqualTo(2);
    }

    @Test
    void theIncidentCannotBeAfterTheContactAndANegativeSettingIsRefused() {
        assertThatThrownBy(() -> ContactRules.checkIncident(RECEIVED.plusDays(1), RECEIVED)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).isEqualTo("incidentDate"));
        ContactRules.checkIncident(null, RECEIVED);
        ContactRules.checkIncident(RECEIVED, RECEIVED);
        assertThatThrownBy(() -> new PoliceNotificationAge(-1)).hasMessageContaining("within-days");
    }
}
