package org.caseflow.workflow.childprotection;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.caseflow.support.openapi.ProblemResponse;
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
    @Operation(summary = "Ask for a strategy discussion", description = """
            A manager of the referral's team decides, while its assessment is in progress or while the child is on a \
            child protection plan, that a strategy discussion is needed: the child protection journey starts beside \
            it, the discussion due by local rule T2 from `decidedOn`. `decidedOn` may not be in the future nor before \
            the referral. For team managers; a referral whose assessment another team manages is not found. Answers \
            when the strategy discussion is due.""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only team managers ask for strategy discussions.")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, type = "unknown-referral",
            when = "There is no referral with this id whose assessment your team manages.",
            detail = "There is no referral REF-000417 with an assessment your team manages.")
    @ProblemResponse(status = HttpStatus.CONFLICT, type = "strategy-discussion-under-way",
            when = "Child protection work for the referral is already under way (`strategy-discussion-under-way`), its assessment"
                    + " is no longer in progress (`assessment-not-in-progress`), or the journey changed at the same moment"
                    + " (`concurrent-change`). Nothing was changed.",
            detail = "Child protection work for REF-000417 is already under way; record a further strategy discussion on its"
                    + " section 47 enquiry.")
    @PostMapping("/api/workflow/referrals/{referralId}/strategy-discussion")
    @ResponseStatus(HttpStatus.CREATED)
    StrategyDiscussionStarted request(@PathVariable String referralId, @Valid @RequestBody StrategyDiscussionRequest request) {
        return discussions.request(referralId, request);
    }
}
