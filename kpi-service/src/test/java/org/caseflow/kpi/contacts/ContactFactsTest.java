package org.caseflow.kpi.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contacts and their decisions as the contacts feature records them from the feed, read back
 * through the measures. September 2019, which no other test reports on.
 */
@KpiIntegrationTest
class ContactFactsTest {

    private static JourneyEvent unknownOutcome;

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @BeforeEach
    void publishOnce() {
        if (unknownOutcome != null) {
            return;
        }
        Journeys earlyHelp = Journeys.of(feed, "C5200001", "CON-520001");
        earlyHelp.contactReceived(LocalDateTime.of(2019, 9, 2, 9, 0), LocalDate.of(2019, 9, 3), "Eve", "Hall");
        earlyHelp.contactDecided("EARLY_HELP", LocalDate.of(2019, 9, 3), LocalDate.of(2019, 9, 3));
        Journeys referral = Journeys.of(feed, "C5200002", "CON-520002");
        referral.contactReceived(LocalDateTime.of(2019, 9, 10, 14, 0), LocalDate.of(2019, 9, 11), "Finn", "Hall");
        referral.contactDecided("REFERRAL", LocalDate.of(2019, 9, 10), LocalDate.of(2019, 9, 11));
        // received late on the month's last day; decided with an outcome this service has no meaning for
        Journeys unknown = Journeys.of(feed, "C5200003", "CON-520003");
        unknown.contactReceived(LocalDateTime.of(2019, 9, 30, 23, 45), LocalDate.of(2019, 10, 1), "Gus", "Hall");
        unknownOutcome = unknown.contactDecided("FAMILY_HUB", LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 1));
        Journeys october = Journeys.of(feed, "C5200004", "CON-520004");
        october.contactReceived(LocalDateTime.of(2019, 10, 1, 0, 15), LocalDate.of(2019, 10, 2), "Hal", "Hall");
        consumer.catchUp();
    }

    @Test
    void eachContactCountsInTheMonthItWasReceived() {
        assertThat(measures("2019-09").get("contacts")).containsEntry("value", 3);
        assertThat(measures("2019-10").get("contacts")).containsEntry("value", 1);
    }

    @Test
    void aDecisionWithAnOutcomeTheServiceDoesNotKnowIsSetAsideAndTheContactStaysUndecided() {
        assertThat(jdbc.sql("select count(*) from feed_quarantine where event_id = :id").param("id", unknownOutcome.eventId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(measures("2019-09").get("contacts-to-early-help"))
                .containsEntry("numerator", 1).containsEntry("denominator", 2).containsEntry("value", 50.0);
    }

    @Test
    void replayingTheFeedRecordsNothingTwice() {
        Map<String, Map<String, Object>> before = measures("2019-09");

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(measures("2019-09")).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from contact_fact where la_child_id like 'C52%'").query(Long.class).single())
                .isEqualTo(4);
    }

    private Map<String, Map<String, Object>> measures(String month) {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=" + month, Map.class);
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> measure : (List<Map<String, Object>>) body.get("measures")) {
            byId.put((String) measure.get("id"), measure);
        }
        return byId;
    }
}
