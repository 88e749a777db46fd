package org.caseflow.workflow.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The engine's job executor failing, for alerts: {@code caseflow.jobs.failing}, the jobs whose last
 * run failed and that are to be tried again, and {@code caseflow.engine.incidents}, the open
 * incidents, mostly jobs that failed every retry (a statutory timer among them has not fired, and
 * will not until someone retries it in Cockpit). Counted across the engine's database every minute,
 * not at each scrape, so that a scrape never waits on the database; every node counts the same jobs.
 */
@Configuration
@EnableScheduling
class FailedJobsMetric {

    private static final Logger log = LoggerFactory.getLogger(FailedJobsMetric.class);

    private final ManagementService management;
    private final RuntimeService runtime;
    private final AtomicLong failing = new AtomicLong();
    private final AtomicLong incidents = new AtomicLong();

    FailedJobsMetric(ManagementService management, RuntimeService runtime, MeterRegistry registry) {
        this.management = management;
        this.runtime = runtime;
        Gauge.builder("caseflow.jobs.failing", failing, AtomicLong::get)
                .description("Jobs (timers, asynchronous steps) whose last run failed, with retries left").register(registry);
        Gauge.builder("caseflow.engine.incidents", incidents, AtomicLong::get)
                .description("Open incidents in the engine: mostly jobs that failed every retry, waiting for someone to retry them")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${caseflow.jobs.failed-refresh:PT1M}", initialDelayString = "PT10S")
    synchronized void refresh() {
        try {
            failing.set(management.createJobQuery().withException().withRetriesLeft().count());
            incidents.set(runtime.createIncidentQuery().count());
        } catch (RuntimeException notCounted) {
            // the database out of reach, which has an alert of its own: the last counts stand until the next minute
            log.warn("Could not count the failed jobs and incidents: {}", notCounted.toString());
        }
    }
}
