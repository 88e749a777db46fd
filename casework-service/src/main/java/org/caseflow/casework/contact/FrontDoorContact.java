package org.caseflow.casework.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One contact about a child as the record shows it, with what the inspectors asked to see: the
 * delays of a police notification, whether the referrer was told, and what the emergency duty team
 * did out of hours.
 *
 * @param incidentDate            for a police notification, the day of the incident
 * @param daysFromIncidentToContact calendar days from the incident to the contact's arrival
 * @param daysFromContactToDecision calendar days from the contact's arrival to the decision
 * @param referrerFollowUp        {@code TOLD} or {@code NOT_TOLD}; null for a decision recorded before this was asked
 * @param closedWithoutFollowUp   a written contact closed with the referrer not recorded as told
 * @param emergencyAction         out of hours, what the emergency duty team did, e.g. {@code POLICE_PROTECTION}
 */
public record FrontDoorContact(String contactId, String laChildId, LocalDateTime receivedAt, String source, String channel,
        String reason, LocalDate incidentDate, Long daysFromIncidentToContact, LocalDate decisionDueOn, String outcome,
        LocalDate decidedOn, String decidedBy, String rationale, Long daysFromContactToDecision, Long daysFromIncidentToDecision,
        String referrerFollowUp, String referrerToldHow, LocalDate referrerToldOn, String referrerNotToldReason,
        boolean closedWithoutFollowUp, boolean outOfHours, String emergencyAction, LocalDate emergencyActionOn,
        String emergencyActionDetail, LocalDate handedOverOn, String handoverNote) {
}
