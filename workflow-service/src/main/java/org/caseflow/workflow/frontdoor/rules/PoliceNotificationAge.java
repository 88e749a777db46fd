package org.caseflow.workflow.frontdoor.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How old a police notification was when it reached the front door. Inspectors found domestic
 * abuse notifications several weeks old by the time they were discussed; a notification that
 * arrives already past the council's number of days from the incident (a local setting,
 * {@code caseflow.police-notifications.within-days}) can no longer be decided within it, and its
 * task says so.
 *
 * @param withinDays the council's number of calendar days from incident to decision
 */
public record PoliceNotificationAge(int withinDays) {

    public PoliceNotificationAge {
        if (withinDays < 0) {
            throw new IllegalArgumentException("caseflow.police-notifications.within-days must not be negative, not " + withinDays);
        }
    }

    /** Calendar days from the incident to the day the contact arrived. */
    public static long daysOld(LocalDate incidentOn, LocalDate receivedOn) {
        return ChronoUnit.DAYS.between(incidentOn, receivedOn);
    }

    /** The words on the decision's task for a notification that arrived already old; none for any other. */
    public Optional<String> flag(LocalDate incidentOn, LocalDate receivedOn) {
        long days = daysOld(incidentOn, receivedOn);
        if (days <= withinDays) {
            return Optional.empty();
        }
        return Optional.of("the incident was on " + incidentOn + ", " + days + " days before the notification arrived (the council aims to"
                + " decide within " + withinDays + " days of the incident).");
    }
}
