package org.caseflow.workflow.childprotection;

import java.time.LocalDate;

/** The child protection journey a request started: its strategy discussion, and when it is due. */
public record StrategyDiscussionStarted(String referralId, String laChildId, LocalDate decidedOn, LocalDate strategyDueOn,
        String processInstanceId) {
}
