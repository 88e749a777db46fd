package org.caseflow.journey.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.time.LocalDate;
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
            assertThat(decided.type()).isEqualTo(JourneyEventType.CONTACT_DECIDED);
            assertThat(decided.occurredOn()).isEqualTo(LocalDate.of(2025, 12, 22));
            assertThat(decided.dueOn()).isEqualTo(LocalDate.of(2025, 12, 22));
            assertThat(decided.text(JourneyData.CONTACT_OUTCOME)).contains(ContactOutcome.REFERRAL.name());
            assertThat(page.events().get(0).date(JourneyData.CONTACT_RECEIVED_AT)).contains(LocalDate.of(2025, 12, 19));
            assertThat(decided.correlationId()).isEqualTo("c0a8f5d4-1e2b-4f3a-8b7c-6d5e4f3a2b10");
        }
    }
}
