package org.caseflow.casework.dataquality;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.caseflow.casework.returns.CollectionYears;
import org.caseflow.casework.returns.ReturnFailures;
import org.caseflow.returns.validation.ReturnValidator;
import org.caseflow.returns.validation.ValidationRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code caseflow_returns_failures{rule, return}}: how many failures of each DfE rule the records
 * hold for the collection year being collected now, one series per rule Caseflow implements (a
 * rule with none reads 0, so a dashboard can tell "none" from "not measured"). Counted again from
 * the stored failures after every run of the rules, not at each scrape, so that a scrape never waits
 * on the database.
 */
@Component
class ReturnFailureGauge {

    private static final Logger log = LoggerFactory.getLogger(ReturnFailureGauge.class);

    private final ReturnFailures failures;
    private final Map<String, AtomicLong> byRule = new ConcurrentHashMap<>();

    ReturnFailureGauge(ReturnFailures failures, MeterRegistry meters) {
        this.failures = failures;
        for (ValidationRule rule : ReturnValidator.withAllRules().rules()) {
            AtomicLong count = byRule.computeIfAbsent(rule.code(), code -> new AtomicLong());
            Gauge.builder("caseflow.returns.failures", count, AtomicLong::get)
                    .description("Failures of a DfE validation rule in the case record, for the current collection year")
                    .tag("rule", rule.code())
                    .tag("return", rule.statutoryReturn().name())
                    .register(meters);
        }
    }

    /** Counted once the service is up, from what earlier runs stored. */
    @EventListener(ApplicationReadyEvent.class)
    void countAtStart() {
        try {
            refresh();
        } catch (RuntimeException unavailable) {
            log.warn("Could not count the stored DfE rule failures at start; they are counted after the next run of the rules",
                    unavailable);
        }
    }

    void refresh() {
        Map<String, Long> counts = failures.countsByRule(CollectionYears.current());
        byRule.forEach((code, count) -> count.set(counts.getOrDefault(code, 0L)));
    }
}
