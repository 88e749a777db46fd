package org.caseflow.casework.opencases;

import java.time.LocalDate;

/**
 * How many children had an open case on a date, each child counted once, at their highest level
 * that day ({@code CaseLevel}). Numbers only: no child is named.
 *
 * @param lookedAfter children looked after that day (a period of care open), but for those looked
 *                    after only under short breaks, who are counted at the rest of their work's level
 * @param total       every child with an open case: the sum of the others
 */
record OpenCaseCounts(LocalDate date, long earlyHelp, long childInNeed, long childProtectionPlan, long lookedAfter, long total) {
}
