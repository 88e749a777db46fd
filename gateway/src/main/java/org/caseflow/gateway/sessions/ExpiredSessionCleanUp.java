package org.caseflow.gateway.sessions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes expired sign-in sessions from the database every {@code caseflow.sessions.cleanup-interval}.
 * They are never read again in any case (a session is looked up only while it is current); this keeps
 * the table to the sessions in use. Every gateway does it; a row deleted twice is no harm.
 */
class ExpiredSessionCleanUp {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionCleanUp.class);

    private final PostgresSessionRepository sessions;

    ExpiredSessionCleanUp(PostgresSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "${caseflow.sessions.cleanup-interval:1m}", initialDelayString = "${caseflow.sessions.cleanup-interval:1m}")
    void deleteExpiredSessions() {
        try {
            int deleted = sessions.deleteExpired();
            log.debug("Deleted {} expired sign-in sessions", deleted);
        } catch (RuntimeException databaseAway) {
            // the next round tries again; meanwhile expired sessions are only kept, never used
            log.warn("Expired sign-in sessions could not be deleted just now: {}", databaseAway.toString());
        }
    }
}
