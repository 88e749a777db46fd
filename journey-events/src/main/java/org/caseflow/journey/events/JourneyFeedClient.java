package org.caseflow.journey.events;

/**
 * Reads the journey event feed of workflow-service ({@code GET /api/workflow/events}). Services
 * read it over HTTP, signed in as themselves (service-support's {@code RestJourneyFeedClient});
 * the contract stays plain Java.
 */
public interface JourneyFeedClient {

    String FEED_PATH = "/api/workflow/events";

    /**
     * The events after {@code after}, at most {@code limit} of them.
     *
     * @throws FeedUnavailableException when the feed cannot be read just now; try again later
     */
    JourneyFeedPage read(long after, int limit);

    /** The feed could not be read; nothing was consumed. */
    class FeedUnavailableException extends RuntimeException {

        public FeedUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
