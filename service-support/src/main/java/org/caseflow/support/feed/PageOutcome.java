package org.caseflow.support.feed;

import java.util.ArrayList;
import java.util.List;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.JourneyFeedPage;

/** What became of the events of one page, kept to be reported once the page's transaction has committed. */
final class PageOutcome {

    /** An event that could not be applied, and why. */
    record NotApplied(JourneyEvent event, RuntimeException failure) {
    }

    private final JourneyFeedPage page;
    private int appliedCount;
    private final List<NotApplied> quarantined = new ArrayList<>();
    private final List<NotApplied> stillQuarantined = new ArrayList<>();
    private final List<JourneyEvent> released = new ArrayList<>();

    PageOutcome(JourneyFeedPage page) {
        this.page = page;
    }

    void countApplied() {
        appliedCount++;
    }

    /** Could not be applied, and is now in quarantine for the first time. */
    void quarantined(JourneyEvent event, RuntimeException failure) {
        quarantined.add(new NotApplied(event, failure));
    }

    /** Could not be applied, again: it was in quarantine already (its page is being read again). */
    void stillQuarantined(JourneyEvent event, RuntimeException failure) {
        stillQuarantined.add(new NotApplied(event, failure));
    }

    /** Was in quarantine and has now been applied. */
    void released(JourneyEvent event) {
        released.add(event);
    }

    JourneyFeedPage page() {
        return page;
    }

    int appliedCount() {
        return appliedCount;
    }

    List<NotApplied> quarantined() {
        return quarantined;
    }

    List<NotApplied> stillQuarantined() {
        return stillQuarantined;
    }

    List<JourneyEvent> released() {
        return released;
    }
}
