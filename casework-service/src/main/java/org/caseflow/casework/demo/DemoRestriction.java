package org.caseflow.casework.demo;

import org.caseflow.casework.access.RecordRestrictions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for the local run: once the demo child {@code C0999001} (Team South) has reached the
 * case record, its record is restricted, as a manager would restrict a staff member's relative's,
 * so that the restriction can be tried straight away. Once only.
 */
@Component
@EnableScheduling
@ConditionalOnProperty("caseflow.demo-data.enabled")
class DemoRestriction {

    static final String CHILD = "C0999001";
    private static final Logger log = LoggerFactory.getLogger(DemoRestriction.class);

    private final JdbcClient jdbc;
    private final RecordRestrictions restrictions;
    private volatile boolean done;

    DemoRestriction(JdbcClient jdbc, RecordRestrictions restrictions) {
        this.jdbc = jdbc;
        this.restrictions = restrictions;
    }

    @Scheduled(fixedDelay = 5_000)
    @Transactional
    public void restrictOnce() {
        if (done) {
            return;
        }
        boolean allocated = jdbc.sql("select count(*) from allocation where la_child_id = :id").param("id", CHILD)
                .query(Long.class).single() > 0;
        boolean restrictedBefore = jdbc.sql("select count(*) from audit_entry where la_child_id = :id and action = 'RESTRICTED'")
                .param("id", CHILD).query(Long.class).single() > 0;
        if (allocated && !restrictedBefore) {
            String reason = "Demo: a relative of a member of staff";
            restrictions.set(CHILD, true, reason, "south.manager");
            log.info("Demo: the record of {} (Team South) is restricted", CHILD);
        }
        done = allocated || restrictedBefore;
    }
}
