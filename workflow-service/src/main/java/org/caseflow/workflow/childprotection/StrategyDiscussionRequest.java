package org.caseflow.workflow.childprotection;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A manager's decision, while a referral's assessment is in progress, that a strategy discussion
 * is needed.
 *
 * @param decidedOn the day it was decided: the strategy discussion's timescale (local rule T2) counts from it
 */
public record StrategyDiscussionRequest(@NotNull LocalDate decidedOn) {
}
