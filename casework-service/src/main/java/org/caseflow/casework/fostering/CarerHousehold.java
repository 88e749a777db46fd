package org.caseflow.casework.fostering;

import java.time.LocalDate;
import java.util.List;

/**
 * One household of the register with its history, as it stands on {@code asOf} (today in London).
 *
 * @param openEscalations its overdue DBS check or visit still escalated, oldest due first
 * @param history         oldest first; on one day, in the order it happened
 */
record CarerHousehold(LocalDate asOf, FosterCarer carer, List<OpenEscalation> openEscalations, List<HistoryEntry> history) {
}
