package org.caseflow.casework.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.access.RecordRestrictions;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo restricts its Team South child once that child is allocated, and only once. */
@CaseworkIntegrationTest
class DemoRestrictionTest {

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordRestrictions restrictions;

    @Test
    void restrictsTheDemoChildOnceItIsAllocated() {
        DemoRestriction demo = new DemoRestriction(jdbc, restrictions);
        Journeys child = Journeys.of(feed, DemoRestriction.CHILD, "CON-999001").inTeam("team-south");
        child.contactReceived(LocalDateTime.of(2026, 11, 2, 9, 0), LocalDate.of(2026, 11, 3), "Riley", "Restricted");
        child.contactDecided("REFERRAL", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3));
        child.referralReceived("REF-999001", LocalDate.of(2026, 11, 3), LocalDate.of(2027, 1, 6));
        consumer.catchUp();

        demo.restrictOnce();
        assertThat(restricted()).as("not yet allocated, so not yet restricted").isFalse();

        child.allocated("south.worker", LocalDate.of(2026, 11, 4), LocalDate.of(2027, 1, 6));
        consumer.catchUp();
        demo.restrictOnce();
        demo.restrictOnce();

        assertThat(restricted()).isTrue();
        assertThat(jdbc.sql("select actor from audit_entry where la_child_id = :id and action = 'RESTRICTED'")
                .param("id", DemoRestriction.CHILD).query(String.class).list()).containsExactly("south.manager");
    }

    private boolean restricted() {
        return jdbc.sql("select restricted from child where la_child_id = :id").param("id", DemoRestriction.CHILD)
                .query(Boolean.class).single();
    }
}
