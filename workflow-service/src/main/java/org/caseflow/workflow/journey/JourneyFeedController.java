package org.caseflow.workflow.journey;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.caseflow.journey.events.JourneyFeedPage;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The journey event feed; its contract is in {@code docs/journey-event-feed.md}. */
@RestController
class JourneyFeedController {

    private final JourneyFeed feed;

    JourneyFeedController(JourneyFeed feed) {
        this.feed = feed;
    }

    @Operation(summary = "The journey event feed", description = """
            Journey events in the order they were recorded, after position `after` (0 from the start), at most \
            `limit` (1 to 500, default 100) at a time: every completed step and every statutory timer that fired, with \
            the child, the business date it happened on, when it was recorded, its due date, team, worker and the \
            form data that matters. Read on from `lastPosition` while `hasMore`. The contract is in \
            `docs/journey-event-feed.md`. Events carry children's details: for the Caseflow services that keep \
            records, and administrators.""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "The feed is for Caseflow's services and administrators.")
    @GetMapping("/api/workflow/events")
    JourneyFeedPage events(@RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return feed.read(after, limit);
    }
}
