package org.caseflow.casework.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.journey.events.escalation.EscalationData.ESCALATION;
import static org.caseflow.journey.events.escalation.EscalationData.MANAGER_ACTION;
import static org.caseflow.journey.events.escalation.EscalationData.TIMESCALE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childprotection.ChildProtectionData;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Escalations under a council's own timescales (T2, T6, T10) are worded with the council's
 * setting, not set aside as unknown, and not worded with England's common choice when the council
 * chose otherwise. This council visits children on a plan every 4 weeks and holds core groups
 * monthly; it keeps the common strategy discussion timescale.
 */
@CaseworkIntegrationTest
@TestPropertySource(properties = {
        "caseflow.local-timescales.t10.every=4", "caseflow.local-timescales.t10.unit=CALENDAR_WEEKS",
        "caseflow.local-timescales.t6.every=1", "caseflow.local-timescales.t6.unit=CALENDAR_MONTHS"})
class LocalTimescaleEscalationTest {

    @Autowired
    FeedStub feed;
    @Autowired
    JourneyFeedConsumer consumer;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void escalationsUnderLocalTimescalesAreWordedWithTheCouncilsSetting() {
        JourneyEvent visit = escalation("CpVisitOverdue", LocalDate.of(2026, 3, 3), "BREACHED", "T10", null, "CPP-700001");
        JourneyEvent coreGroup = escalation("OverdueCoreGroupReviewed", LocalDate.of(2026, 3, 6), "REVIEWED", "T6", "north.manager",
                "CPP-700001");
        JourneyEvent strategy = escalation("StrategyDiscussionOverdue", LocalDate.of(2026, 1, 6), "BREACHED", "T2", null, null);
        consumer.catchUp();

        for (JourneyEvent event : List.of(visit, coreGroup, strategy)) {
            assertThat(jdbc.sql("select count(*) from feed_quarantine where event_id = :id").param("id", event.eventId())
                    .query(Long.class).single()).as(event.type()).isZero();
        }
        List<String> said = identity.as(http, "north.worker").exchange("/api/casework/children/C7000001/chronology", HttpMethod.GET,
                null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody().stream()
                .map(entry -> (String) entry.get("summary")).toList();
        assertThat(said).containsExactly(
                "Nothing had been recorded for referral REF-700001 by the end of its due day, 2026-01-06, under local timescale T2"
                        + " (1 working day): hold a strategy discussion within the local interval of the decision to hold one."
                        + " Escalated to the team-north managers.",
                "Nothing had been recorded for child protection plan CPP-700001 by the end of its due day, 2026-03-03, under local"
                        + " timescale T10 (4 weeks): see a child on a child protection plan within the local interval of the last"
                        + " visit. Escalated to the team-north managers.",
                "A manager reviewed the escalation for child protection plan CPP-700001 under local timescale T6 (1 month, due"
                        + " 2026-03-06): Core group rearranged for Monday.");
    }

    /** Due on {@code dueOn}; a breach fires on its due day, a review is dated the same day here. */
    private JourneyEvent escalation(String type, LocalDate dueOn, String kind, String timescale, String worker, String cpPlanId) {
        Map<String, Object> data = new HashMap<>(Map.of(ESCALATION, kind, TIMESCALE, timescale));
        if (worker != null) {
            data.put(MANAGER_ACTION, "Core group rearranged for Monday.");
        }
        if (cpPlanId != null) {
            data.put(ChildProtectionData.CP_PLAN_ID, cpPlanId);
        }
        return feed.publish(type, "C7000001", "CON-700001", "REF-700001", dueOn, dueOn, "team-north", worker, data);
    }
}
