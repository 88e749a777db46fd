package org.caseflow.simulator.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.caseflow.kpi.KpiApplication;
import org.caseflow.kpi.childinneed.SocialCareEpisodes;
import org.caseflow.kpi.measures.MonthlyMeasures;
import org.caseflow.kpi.measures.MonthlyReport;
import org.caseflow.kpi.measures.rules.YearProjection;
import org.caseflow.simulator.CouncilProfile;
import org.caseflow.simulator.CouncilSimulation;
import org.caseflow.simulator.JourneyStep;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.FeedStubInitializer;
import org.caseflow.testsupport.PostgresTestDatabaseInitializer;
import org.caseflow.testsupport.TestIdentityInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The two ways a simulated council's steps reach KPI facts give the same facts and the same report: the steps
 * published as journey events and recorded by kpi-service's own feed consumer and fact recorders, and the same steps
 * copied straight in by {@link KpiFactWriter}. The whole KPI service runs, on a real PostgreSQL database of its own,
 * reading the steps from a stand-in feed.
 */
@SpringBootTest(classes = KpiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
@ContextConfiguration(initializers = {PostgresTestDatabaseInitializer.class, TestIdentityInitializer.class, FeedStubInitializer.class})
class KpiFactWriterTest {

    private static final long SEED = 7;
    private static final YearMonth FIRST = YearMonth.of(2026, 3);
    private static final YearMonth LAST = YearMonth.of(2026, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    /** Every fact table the simulation fills; the foster carers' stay empty. */
    private static final List<String> FACT_TABLES = List.of("contact_fact", "referral_fact", "assessment_fact",
            "strategy_discussion_fact", "section47_fact", "icpc_fact", "cp_plan_fact", "cp_visit_fact", "cp_visit_due_fact",
            "cp_review_fact", "cin_plan_fact", "cin_visit_fact", "cin_visit_due_fact", "cin_review_fact", "early_help_episode_fact",
            "step_up_fact", "cla_period_fact", "cla_placement_fact", "cla_visit_fact", "cla_visit_due_fact", "cla_review_fact",
            "allocation_fact", "supervision_due_fact", "supervision_fact");
    /** Derived from the facts: kept as events arrive, judged as the service starts after a bulk load. */
    private static final String EPISODES = "referral_episode";

    @Autowired
    private FeedStub feed;
    @Autowired
    private JourneyFeedConsumer consumer;
    @Autowired
    private MonthlyReport report;
    @Autowired
    private SocialCareEpisodes episodes;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void factsCopiedStraightInAreTheFactsKpiServiceRecordsFromTheSameJourneysAndGiveTheSameReport() throws Exception {
        List<JourneyStep> steps = new ArrayList<>();
        CouncilSimulation.of(CouncilProfile.ofPopulation(6_000), SEED).run(FIRST, LAST, steps::add);

        steps.forEach(step -> feed.publish(step.type(), step.laChildId(), step.contactId(), step.referralId(), step.occurredOn(),
                step.dueOn(), step.team(), step.worker(), step.data()));
        consumer.catchUp();
        assertThat(jdbc.sql("select count(*) from feed_quarantine").query(Long.class).single())
                .as("journey events kpi-service set aside").isZero();
        Map<String, List<String>> recorded = factRows();
        List<MonthlyMeasures> reportedFromEvents = lastThreeMonths();

        jdbc.sql("truncate " + String.join(", ", FACT_TABLES) + ", " + EPISODES).update();
        try (Connection connection = dataSource.getConnection(); KpiFactWriter writer = new KpiFactWriter(connection, SEED)) {
            steps.forEach(writer::accept);
        }
        assertThat(episodes.recordMissingEpisodes()).as("episodes judged after the load").isPositive();
        Map<String, List<String>> copied = factRows();

        assertThat(copied.get(EPISODES)).as("episodes judged at once after a bulk load, as kept while events arrived")
                .isNotEmpty().isEqualTo(recorded.get(EPISODES));
        FACT_TABLES.forEach(table -> {
            assertThat(recorded.get(table)).as("%s recorded from events", table).isNotEmpty();
            assertThat(copied.get(table)).as("%s copied straight in", table).isEqualTo(recorded.get(table));
        });
        assertThat(lastThreeMonths()).isEqualTo(reportedFromEvents);
        assertThat(reportedFromEvents.get(2).measures()).anySatisfy(measure -> {
            assertThat(measure.id()).isEqualTo("cp-count");
            assertThat(measure.value()).isPositive();
        });
    }

    private List<MonthlyMeasures> lastThreeMonths() {
        return List.of(report.forMonth(LAST.minusMonths(2), TODAY, YearProjection.Method.MONTHS),
                report.forMonth(LAST.minusMonths(1), TODAY, YearProjection.Method.MONTHS),
                report.forMonth(LAST, TODAY, YearProjection.Method.MONTHS));
    }

    /** Each table's rows as text, sorted, without event ids: the feed gives events ids of its own. */
    private Map<String, List<String>> factRows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : Stream.concat(FACT_TABLES.stream(), Stream.of(EPISODES)).toList()) {
            rows.put(table, jdbc.sql("select * from " + table).query().listOfRows().stream()
                    .map(row -> {
                        Map<String, Object> withoutId = new LinkedHashMap<>(row);
                        withoutId.remove("event_id");
                        return withoutId.toString();
                    })
                    .sorted().toList());
        }
        return rows;
    }
}
