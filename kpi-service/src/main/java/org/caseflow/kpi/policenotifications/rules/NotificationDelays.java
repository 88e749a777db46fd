package org.caseflow.kpi.policenotifications.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How long police notifications took from the incident to the front door's decision, in calendar
 * days: inspectors found domestic abuse notifications several weeks old by the time they were
 * discussed.
 */
public final class NotificationDelays {

    private NotificationDelays() {
    }

    /** One notification: the incident and the decision. */
    public record Notification(LocalDate incidentOn, LocalDate decidedOn) {

        public long days() {
            return ChronoUnit.DAYS.between(incidentOn, decidedOn);
        }
    }

    /** The median of the days (the mean of the middle two of an even number, so it may end in .5); none of none. */
    public static BigDecimal medianDays(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return null;
        }
        List<Long> days = notifications.stream().map(Notification::days).sorted().toList();
        int middle = days.size() / 2;
        return days.size() % 2 == 1 ? BigDecimal.valueOf(days.get(middle))
                : BigDecimal.valueOf(days.get(middle - 1) + days.get(middle)).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }

    /** Those decided within {@code withinDays} calendar days of the incident (on the last day counts). */
    public static long decidedWithin(List<Notification> notifications, int withinDays) {
        return notifications.stream().filter(notification -> notification.days() <= withinDays).count();
    }
}
