package org.caseflow.kpi.policenotifications;

import java.util.List;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.policenotifications.rules.NotificationDelays;
import org.caseflow.kpi.policenotifications.rules.NotificationDelays.Notification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * KPI {@code police-notifications-decided-in-time}: of the contacts from the police decided in the month that
 * give the incident's date, the share decided within the council's number of calendar days of the incident
 * (the local setting {@code caseflow.police-notifications.within-days}, which the front door's tasks flag
 * old notifications by too).
 */
@Component
class PoliceNotificationsDecidedInTime implements Measure {

    private final PoliceNotifications notifications;
    private final int withinDays;

    PoliceNotificationsDecidedInTime(PoliceNotifications notifications,
            @Value("${caseflow.police-notifications.within-days:3}") int withinDays) {
        if (withinDays < 0) {
            throw new IllegalArgumentException("caseflow.police-notifications.within-days must not be negative, not " + withinDays);
        }
        this.notifications = notifications;
        this.withinDays = withinDays;
    }

    @Override
    public String measureId() {
        return "police-notifications-decided-in-time";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        List<Notification> decided = notifications.decidedBetween(period.monthStart(), period.reportingDate());
        return MeasureValue.percentage(NotificationDelays.decidedWithin(decided, withinDays), decided.size(), period.inMonth());
    }
}
