package org.caseflow.workflow.childprotection;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StrategyDiscussionController {

    private final StrategyDiscussions discussions;

    StrategyDiscussionController(StrategyDiscussions discussions) {
        this.discussions = discussions;
    }

    /**
     * A manager of the referral's team decides, while its assessment is in progress, that a
     * strategy discussion is needed: the child protection journey starts beside the assessment,
     * the discussion due by the local rule T2 from {@code decidedOn}.
     */
    @PostMapping("/api/workflow/referrals/{referralId}/strategy-discussion")
    @ResponseStatus(HttpStatus.CREATED)
    StrategyDiscussionStarted request(@PathVariable String referralId, @Valid @RequestBody StrategyDiscussionRequest request) {
        return discussions.request(referralId, request);
    }
}
