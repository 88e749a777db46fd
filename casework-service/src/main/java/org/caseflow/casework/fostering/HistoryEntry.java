package org.caseflow.casework.fostering;

import java.time.LocalDate;

/**
 * One dated step of a household's history: its approval, each DBS check and supervisory visit, its
 * deregistration.
 *
 * @param kind    {@code APPROVED}, {@code DBS_CHECK}, {@code SUPERVISION_VISIT} or {@code DEREGISTERED}
 * @param dueOn   for a check or visit, the day it was due; null when nothing was due (a check recorded at approval)
 * @param inTime  made on or before its due day; null when nothing was due
 * @param by      who recorded it (a visit: who made it)
 * @param summary the step in a sentence
 */
record HistoryEntry(LocalDate on, String kind, LocalDate dueOn, Boolean inTime, String by, String summary) {
}
