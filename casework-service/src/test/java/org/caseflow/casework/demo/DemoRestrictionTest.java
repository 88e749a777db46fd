package org.caseflow.casework.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.casework.access.RecordRestrictions;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.Journeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * With the demo data on, the demo's Team South child is restricted as its allocation reaches the
 * case record, in the same page of the feed, and only once.
 */
@CaseworkIntegrationTest
@TestPropertySource(properties = "caseflow.demo-data.enabled=true")
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
    void restrictsTheDemoChildAsItsAllocationIsAppliedAndOnlyOnce() {
        Journeys child = referredToTeamSouth(DemoRestriction.CHILD, "CON-999001", "REF-999001");
        consumer.catchUp();
        assertThat(restricted(DemoRestriction.CHILD)).as("not yet allocated, so not yet restricted").isFalse();

        child.allocated("south.worker", LocalDate.of(2026, 11, 4), LocalDate.of(2027, 1, 6));
        consumer.catchUp();
        assertThat(restricted(DemoRestriction.CHILD)).as("restricted as the allocation was applied").isTrue();

        restrictions.set(DemoRestriction.CHILD, false, "The demo is over", "south.manager");
        child.allocated("south.worker", LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 6));
        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(restricted(DemoRestriction.CHILD)).as("neither a later allocation nor a replay restricts it again").isFalse();
        assertThat(restrictionsOf(DemoRestriction.CHILD)).containsExactly("south.manager RESTRICTED",
                "south.manager RESTRICTION_LIFTED");
    }

    @Test
    void leavesEveryOtherChildAsItIs() {
        Journeys child = referredToTeamSouth("C0999002", "CON-999002", "REF-999002");
        child.allocated("south.worker", LocalDate.of(2026, 11, 4), LocalDate.of(2027, 1, 6));
        consumer.catchUp();

        assertThat(restricted("C0999002")).isFalse();
        assertThat(restrictionsOf("C0999002")).isEmpty();
    }

    private Journeys referredToTeamSouth(String laChildId, String contactId, String referralId) {
        Journeys child = Journeys.of(feed, laChildId, contactId).inTeam("team-south");
        child.contactReceived(LocalDateTime.of(2026, 11, 2, 9, 0), LocalDate.of(2026, 11, 3), "Riley", "Restricted");
        child.contactDecided("REFERRAL", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3));
        child.referralReceived(referralId, LocalDate.of(2026, 11, 3), LocalDate.of(2027, 1, 6));
        return child;
    }

    private boolean restricted(String laChildId) {
        return jdbc.sql("select restricted from child where la_child_id = :id").param("id", laChildId)
                .query(Boolean.class).single();
    }

    private List<String> restrictionsOf(String laChildId) {
        return jdbc.sql("""
                        select actor || ' ' || action from audit_entry
                        where la_child_id = :id and action in ('RESTRICTED', 'RESTRICTION_LIFTED') order by id""")
                .param("id", laChildId).query(String.class).list();
    }
}
