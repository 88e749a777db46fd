package org.caseflow.workflow.frontdoor;

import java.time.LocalDate;

/** What recording a contact answers: its ids and when the decision on it is due. */
record RecordedContact(String contactId, String laChildId, LocalDate receivedOn, LocalDate decisionDueOn,
        String processInstanceId) {
}
