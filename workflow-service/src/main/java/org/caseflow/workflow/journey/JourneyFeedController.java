package org.caseflow.workflow.journey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.caseflow.journey.events.JourneyFeedPage;
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

    @GetMapping("/api/workflow/events")
    JourneyFeedPage events(@RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return feed.read(after, limit);
    }
}
