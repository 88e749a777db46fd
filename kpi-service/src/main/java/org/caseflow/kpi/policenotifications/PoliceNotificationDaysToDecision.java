package org.caseflow.kpi.policenotifications;

import java.math.BigDecimal;
import java.util.List;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.policenotifications.rules.NotificationDelays;
import org.caseflow.kpi.policenotifications.rules.NotificationDelays.Notification;
import org.springframework.stereotype.Component;

/**
 * KPI {@code police-notification-days-to-decision}: of the contacts from the police decided in the month that
 * give the incident's date, the median calendar days from the incident to the decision
 * ({@link NotificationDelays#medianDays}); the numerator is how many notifications it is the median of.
 */
@Component
class PoliceNotificationDaysToDecision implements Measure {

    private final PoliceNotifications notifications;

    PoliceNotificationDaysToDecision(PoliceNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String measureId() {
        return "police-notification-days-to-decision";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        List<Notification> decided = notifications.decidedBetween(period.monthStart(), period.reportingDate());
        BigDecimal median = NotificationDelays.medianDays(decided);
        return new MeasureValue(median == null ? null : median.setScale(1), decided.size(), null, period.inMonth(), null, median);
    }
}
