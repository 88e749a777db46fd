package org.caseflow.returns.record;

import java.time.LocalDate;

/** A time a looked-after child was missing or away from placement (SSDA903 Missing); {@code endDate} null while it lasts. */
public record MissingEpisode(MissingKind kind, LocalDate startDate, LocalDate endDate) {
}
