package org.caseflow.journey.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.caseflow.journey.events.frontdoor.ContactDecided;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.junit.jupiter.api.Test;

/** The example page of docs/journey-event-feed.md reads as the contract says. */
class JourneyFeedContractTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void theDocumentedExampleReads() throws Exception {
        try (InputStream example = getClass().getResourceAsStream("feed-page-example.json")) {
            JourneyFeedPage page = json.readValue(example, JourneyFeedPage.class);

            assertThat(page.lastPosition()).isEqualTo(42);
            assertThat(page.hasMore()).isFalse();
            JourneyEvent decided = page.events().get(1);
            assertThat(decided.type()).isEqualTo(ContactDecided.TYPE);
            assertThat(decided.occurredOn()).isEqualTo(LocalDate.of(2025, 12, 22));
            assertThat(decided.dueOn()).isEqualTo(LocalDate.of(2025, 12, 22));
            assertThat(ContactDecided.from(decided).outcome()).isEqualTo(ContactOutcome.REFERRAL);
            assertThat(ContactDecided.from(decided).assessmentTeam()).isEqualTo("team-north");
            assertThat(ContactReceived.from(page.events().get(0)).receivedAt()).isEqualTo(LocalDateTime.of(2025, 12, 19, 10, 30));
            assertThat(decided.correlationId()).isEqualTo("c0a8f5d4-1e2b-4f3a-8b7c-6d5e4f3a2b10");
        }
    }
}
