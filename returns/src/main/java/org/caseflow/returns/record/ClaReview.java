package org.caseflow.returns.record;

import java.time.LocalDate;

/** A looked-after child's review (SSDA903 Reviews); {@code participation} is null when not recorded. */
public record ClaReview(LocalDate heldOn, ReviewParticipation participation) {
}
