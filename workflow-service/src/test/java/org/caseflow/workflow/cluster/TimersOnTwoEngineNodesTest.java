package org.caseflow.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.caseflow.localstack.Database;
import org.caseflow.testsupport.TestIdentityInitializer;
import org.caseflow.testsupport.TestPostgres;
import org.caseflow.workflow.CaseworkStubInitializer;
import org.caseflow.workflow.WorkflowApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * workflow-service scaled out as Camunda 7 scales out: whole nodes (each the whole application,
 * with its own process engine and job executor) on one database, the engine's optimistic locking
 * deciding which node fires each timer. The statutory timer here is the front door's decision due
 * in 1 working day (rule T1), whose firing writes a {@code ContactDecisionOverdue} event to the
 * outbox; "fired exactly once" is asserted on the engine's history and on the outbox.
 * <p>
 * The nodes share this JVM, and with it the engine's clock: contacts are recorded with the clock
 * set back to the day they were received, so that their timers wait; putting the clock right makes
 * every timer due at the same moment. The nodes' job executors look for due jobs every second at
 * the latest (production waits up to a minute when idle), to keep the test short.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimersOnTwoEngineNodesTest {

    private static final String TIMER = "Timer_ContactDecisionDue1WD";
    /** The journeys whose timers fall due together on two nodes: issue 14's figure. */
    private static final int JOURNEYS_DUE_TOGETHER = 500;
    /** Contacts are recorded by this many threads at once, as several people would record them. */
    private static final int RECORDING_THREADS = 4;
    private static final String RECEIVED_AT = "2025-12-19T10:30";
    /** The day the contacts were received, after they came in: their decisions are not due until the end of 22 December. */
    private static final Date WHILE_RECORDING = Date.from(LocalDateTime.parse("2025-12-19T12:00")
            .atZone(ZoneId.of("Europe/London")).toInstant());

    private final Database database = TestPostgres.newDatabase("workflow-nodes");
    private final JdbcClient jdbc = JdbcClient.create(dataSource(database));
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void backToTheRealClock() {
        ClockUtil.reset();
    }

    @AfterAll
    void stopTheNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    @Order(1)
    void timersThatFallDueWhileNoNodeRunsFireOnceWhenOneStarts() {
        ConfigurableApplicationContext before = startNode("node-a");
        ClockUtil.setCurrentTime(WHILE_RECORDING);
        List<String> contacts = recordContacts(engineOf(before), 20);
        before.close();
        nodes.remove(before);

        // the timers fall due while no engine runs...
        ClockUtil.reset();
        assertThat(timersFired()).isZero();

        // ...and fire when one starts again
        ConfigurableApplicationContext after = startNode("node-a");
        awaitEveryTimerFired(engineOf(after), contacts.size());

        assertEachFiredOnce(contacts);
        System.out.printf("[workflow nodes] %d timers fell due while no node ran; fired once each when node-a started again%n",
                contacts.size());
    }

    @Test
    @Order(2)
    void timersFallingDueTogetherOnTwoNodesFireOnceEach() {
        ConfigurableApplicationContext nodeA = nodes.get(0);
        startNode("node-b");
        long firedBefore = timersFired();
        ClockUtil.setCurrentTime(WHILE_RECORDING);
        long recordingStarted = System.nanoTime();
        List<String> contacts = recordContacts(engineOf(nodeA), JOURNEYS_DUE_TOGETHER);
        long recorded = System.nanoTime();

        ClockUtil.reset(); // every one of them due at once, with two job executors looking
        awaitEveryTimerFired(engineOf(nodeA), firedBefore + contacts.size());
        long fired = System.nanoTime();

        assertEachFiredOnce(contacts);
        Map<String, Long> firedBy = jdbc.sql("""
                        select hostname_, count(*) from act_hi_job_log
                        where act_id_ = :timer and job_state_ = 2 and process_instance_id_ in (:contacts)
                        group by hostname_""")
                .param("timer", TIMER).param("contacts", contacts)
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2))).list().stream()
                .collect(HashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll);
        // which node fires which timer is the executors' race, not a rule: one may, rarely, win every one of them
        assertThat(firedBy.keySet()).as("the timers fired by each node").isSubsetOf("node-a", "node-b");
        assertThat(firedBy.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(contacts.size());
        System.out.printf("[workflow nodes] %d timers due at once on two nodes: fired by node-a %d, node-b %d;"
                        + " 0 doubled, 0 missed, 0 failed; recorded in %.1f s, all fired %.1f s after falling due%n",
                contacts.size(), firedBy.getOrDefault("node-a", 0L), firedBy.getOrDefault("node-b", 0L),
                (recorded - recordingStarted) / 1e9, (fired - recorded) / 1e9);
    }

    /** Each contact's timer: fired once in the engine's history, one escalation in the outbox, none failed. */
    private void assertEachFiredOnce(List<String> contacts) {
        Map<String, Long> firings = countsBy("""
                select proc_inst_id_ as contact, count(*) from act_hi_actinst
                where act_id_ = :timer and proc_inst_id_ in (:contacts) group by proc_inst_id_""", contacts);
        Map<String, Long> escalations = countsBy("""
                select process_instance_id as contact, count(*) from journey.event
                where type = 'ContactDecisionOverdue' and process_instance_id in (:contacts) group by process_instance_id""", contacts);
        Map<String, Long> successes = countsBy("""
                select process_instance_id_ as contact, count(*) from act_hi_job_log
                where act_id_ = :timer and job_state_ = 2 and process_instance_id_ in (:contacts) group by process_instance_id_""",
                contacts);
        for (String contact : contacts) {
            assertThat(firings.get(contact)).as("the timer's firings in the history of " + contact).isEqualTo(1L);
            assertThat(escalations.get(contact)).as("ContactDecisionOverdue events of " + contact).isEqualTo(1L);
            assertThat(successes.get(contact)).as("the timer job's successful runs for " + contact).isEqualTo(1L);
        }
        assertThat(jdbc.sql("select count(*) from act_hi_job_log where act_id_ = :timer and job_state_ = 1")
                .param("timer", TIMER).query(Long.class).single()).as("timer runs that failed").isZero();
    }

    private Map<String, Long> countsBy(String sql, List<String> contacts) {
        Map<String, Long> counts = new HashMap<>();
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("contacts", contacts);
        if (sql.contains(":timer")) {
            statement = statement.param("timer", TIMER);
        }
        statement.query((row, n) -> counts.put(row.getString(1), row.getLong(2))).list();
        return counts;
    }

    /** Each contact is a journey started in a transaction of its own, as the API starts it; several at once, to keep the test short. */
    private List<String> recordContacts(ProcessEngine engine, int count) {
        ExecutorService recorders = Executors.newFixedThreadPool(RECORDING_THREADS);
        try {
            List<Future<String>> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String familyName = "Jones" + i;
                started.add(recorders.submit(() -> engine.getRuntimeService().startProcessInstanceByKey("front-door", Map.of(
                        "childGivenName", "Amy", "childFamilyName", familyName, "childDateOfBirth", "2016-04-02",
                        "contactSource", "POLICE", "contactReceivedAt", RECEIVED_AT,
                        "contactReason", "Police notification of domestic abuse at the home.")).getId()));
            }
            List<String> contacts = new ArrayList<>();
            for (Future<String> contact : started) {
                contacts.add(contact.get(60, TimeUnit.SECONDS));
            }
            assertThat(engine.getManagementService().createJobQuery().activityId(TIMER).count()).isEqualTo(count);
            return contacts;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("recording the contacts", e);
        } finally {
            recorders.shutdownNow();
        }
    }

    private long timersFired() {
        return jdbc.sql("select count(*) from journey.event where type = 'ContactDecisionOverdue'").query(Long.class).single();
    }

    private void awaitEveryTimerFired(ProcessEngine engine, long expected) {
        await(() -> timersFired() >= expected && engine.getManagementService().createJobQuery().activityId(TIMER).count() == 0,
                Duration.ofSeconds(90), "every timer fired");
    }

    /**
     * A whole workflow-service node on the shared database, with its job executor running. Each
     * engine in this JVM needs a name and process application of its own; on separate machines
     * they would all be "default". The hostname is what the engine's job log records for each job.
     */
    private ConfigurableApplicationContext startNode(String name) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", database.jdbcUrl());
        settings.put("spring.datasource.username", database.username());
        settings.put("spring.datasource.password", database.password());
        settings.put("server.port", 0);
        settings.put("caseflow.demo-data.enabled", false);
        settings.put("camunda.bpm.job-execution.enabled", true);
        settings.put("camunda.bpm.job-execution.wait-time-in-millis", 200);
        settings.put("camunda.bpm.job-execution.max-wait", 1000);
        // one job at a time: the two executors take turns at the due timers rather than one taking them all in batches
        settings.put("camunda.bpm.job-execution.max-jobs-per-acquisition", 1);
        settings.put("camunda.bpm.process-engine-name", name.replace("-", "")); // the engine allows no hyphen
        settings.put("camunda.bpm.generate-unique-process-application-name", true);
        settings.put("camunda.bpm.generic-properties.properties.hostname", name);
        ConfigurableApplicationContext node = new SpringApplicationBuilder(WorkflowApplication.class)
                .profiles("local")
                // ahead of application.yml, as the environment variables of a real node would be
                .initializers(new TestIdentityInitializer(), new CaseworkStubInitializer(), context -> context.getEnvironment()
                        .getPropertySources().addFirst(new MapPropertySource("workflowNode-" + name, settings)))
                .run();
        TestPostgres.closeBeforeShutdown(node);
        nodes.add(node);
        return node;
    }

    private static ProcessEngine engineOf(ConfigurableApplicationContext node) {
        return node.getBean(ProcessEngine.class);
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + timeout).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static DataSource dataSource(Database database) {
        return new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
    }
}
