package org.caseflow.kpi.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event the facts cannot hold (a child id longer than the 20 characters of the CIN census
 * LAchildID) is set aside in feed_quarantine, and the events after it are still applied. Its
 * contacts are dated 2019, outside every month the other tests report on; the counters are shared
 * with them, so what is checked is how much they moved.
 */
@KpiIntegrationTest
class QuarantinedEventTest {

    private static final String TOO_LONG_CHILD_ID = "C" + "4".repeat(24);

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @Test
    void anEventThatCannotBeAppliedIsQuarantinedOnceAndTheFeedGoesOn() {
        consumer.catchUp();
        double quarantinedBefore = counter("caseflow.feed.events.quarantined");
        double appliedBefore = counter("caseflow.feed.events.applied");
        contact("C4000001", "CON-400001");
        JourneyEvent poison = contact(TOO_LONG_CHILD_ID, "CON-400002");
        JourneyEvent last = contact("C4000003", "CON-400003");

        consumer.catchUp();

        assertThat(contactsRecorded("CON-400001")).isEqualTo(1);
        assertThat(contactsRecorded("CON-400002")).isZero();
        assertThat(contactsRecorded("CON-400003")).isEqualTo(1);
        assertThat(counter("caseflow.feed.events.applied") - appliedBefore).as("each good event applied once").isEqualTo(2.0);
        Map<String, Object> kept = quarantined(poison);
        assertThat(kept).containsEntry("consumer", "kpi-service").containsEntry("position", poison.position())
                .containsEntry("type", poison.type()).containsEntry("la_child_id", TOO_LONG_CHILD_ID)
                .containsEntry("event_contact", "CON-400002");
        assertThat((String) kept.get("error")).contains("value too long for type character varying(20)");
        assertThat(counter("caseflow.feed.events.quarantined") - quarantinedBefore).isEqualTo(1.0);
        assertThat(cursor()).as("past all three").isEqualTo(last.position());

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(jdbc.sql("select count(*) from feed_quarantine where event_id = :id").param("id", poison.eventId())
                .query(Long.class).single()).as("kept once though read twice").isEqualTo(1);
        assertThat(counter("caseflow.feed.events.quarantined") - quarantinedBefore).as("counted once").isEqualTo(1.0);
        assertThat(contactsRecorded("CON-400001")).isEqualTo(1);
        assertThat(contactsRecorded("CON-400003")).isEqualTo(1);
        assertThat(cursor()).isEqualTo(last.position());
        assertThat(identity.as(http, "metrics").getForObject("/actuator/prometheus", String.class))
                .as("the series the alert CaseflowFeedEventQuarantined reads")
                .contains("caseflow_feed_events_quarantined_total{application=\"kpi-service\"");
    }

    private JourneyEvent contact(String laChildId, String contactId) {
        return Journeys.of(feed, laChildId, contactId)
                .contactReceived(LocalDateTime.of(2019, 6, 3, 9, 0), LocalDate.of(2019, 6, 4), "Sam", "Doe");
    }

    private long contactsRecorded(String contactId) {
        return jdbc.sql("select count(*) from contact_fact where contact_id = :id").param("id", contactId).query(Long.class).single();
    }

    private Map<String, Object> quarantined(JourneyEvent event) {
        return jdbc.sql("""
                        select consumer, position, type, la_child_id, error, event ->> 'contactId' as event_contact
                        from feed_quarantine where event_id = :id""")
                .param("id", event.eventId()).query().singleRow();
    }

    private long cursor() {
        return jdbc.sql("select position from feed_cursor").query(Long.class).single();
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }
}
