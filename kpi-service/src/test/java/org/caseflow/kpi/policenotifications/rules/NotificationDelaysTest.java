package org.caseflow.kpi.policenotifications.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.kpi.policenotifications.rules.NotificationDelays.Notification;
import org.junit.jupiter.api.Test;

class NotificationDelaysTest {

    private static final LocalDate DECIDED = LocalDate.of(2024, 3, 1);

    @Test
    void theMedianIsTheMiddleOneOrTheMeanOfTheMiddleTwo() {
        assertThat(NotificationDelays.medianDays(List.of())).isNull();
        assertThat(NotificationDelays.medianDays(List.of(daysOld(20), daysOld(1), daysOld(3)))).isEqualByComparingTo("3");
        assertThat(NotificationDelays.medianDays(List.of(daysOld(20), daysOld(1), daysOld(3), daysOld(4))))
                .isEqualTo(new BigDecimal("3.5"));
    }

    @Test
    void onTheLastDayIsWithinAndCalendarDaysCrossTheLeapDay() {
        assertThat(new Notification(LocalDate.of(2024, 2, 27), DECIDED).days()).isEqualTo(3);
        assertThat(NotificationDelays.decidedWithin(List.of(daysOld(3), daysOld(4), daysOld(0)), 3)).isEqualTo(2);
    }

    private static Notification daysOld(int days) {
        return new Notification(DECIDED.minusDays(days), DECIDED);
    }
}
