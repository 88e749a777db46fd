package org.caseflow.gateway.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.caseflow.testsupport.PostgresTestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.MapSession;
import org.springframework.test.context.ContextConfiguration;

/**
 * The sign-in sessions' store in a real PostgreSQL database, created by the gateway's own migration,
 * as the gateway wires it with {@code caseflow.sessions.store=postgres}. The clean-up runs every
 * second here, so that the test sees it run.
 */
@SpringBootTest(properties = {"caseflow.sessions.store=postgres", "caseflow.sessions.cleanup-interval=1s"})
@ContextConfiguration(initializers = PostgresTestDatabaseInitializer.class)
class PostgresSessionRepositoryTest {

    @Autowired
    PostgresSessionRepository sessions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSavedSessionIsFoundWithItsAttributesAndTimes() {
        MapSession session = sessions.createSession().block();
        session.setAttribute("person", "north.worker");
        session.setAttribute("groups", List.of("north-social-work"));
        sessions.save(session).block();

        MapSession found = sessions.findById(session.getId()).block();

        assertThat(found).isNotNull();
        assertThat(found.<String>getAttribute("person")).isEqualTo("north.worker");
        assertThat(found.<Object>getAttribute("groups")).isEqualTo(List.of("north-social-work"));
        // to the microsecond, as PostgreSQL keeps times
        assertThat(found.getCreationTime()).isCloseTo(session.getCreationTime(), within(1, ChronoUnit.MICROS));
        assertThat(found.getLastAccessedTime()).isCloseTo(session.getLastAccessedTime(), within(1, ChronoUnit.MICROS));
        assertThat(found.getMaxInactiveInterval()).as("server.reactive.session.timeout's default").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void changedAndRemovedAttributesAreKept() {
        MapSession session = sessions.createSession().block();
        session.setAttribute("step", "signing in");
        session.setAttribute("authorization-request", "state-1");
        sessions.save(session).block();

        MapSession later = sessions.findById(session.getId()).block();
        later.setAttribute("step", "signed in");
        later.removeAttribute("authorization-request");
        sessions.save(later).block();

        MapSession found = sessions.findById(session.getId()).block();
        assertThat(found.<String>getAttribute("step")).isEqualTo("signed in");
        assertThat(found.getAttributeNames()).containsExactly("step");
    }

    /** On sign-in the session gets a new id (against session fixation): the old id then opens nothing. */
    @Test
    void aSessionWhoseIdChangedIsFoundOnlyUnderItsNewId() {
        MapSession session = sessions.createSession().block();
        session.setAttribute("person", "north.worker");
        sessions.save(session).block();
        String oldId = session.getId();

        MapSession signedIn = sessions.findById(oldId).block();
        String newId = signedIn.changeSessionId();
        sessions.save(signedIn).block();

        assertThat(sessions.findById(oldId).blockOptional()).isEmpty();
        assertThat(sessions.findById(newId).block().<String>getAttribute("person")).isEqualTo("north.worker");
        assertThat(rowsFor(oldId)).isZero();
        assertThat(rowsFor(newId)).isOne();
    }

    @Test
    void anExpiredSessionIsNotFoundAndIsCleanedUpWhileACurrentOneStays() {
        MapSession expired = sessions.createSession().block();
        expired.setAttribute("person", "north.worker");
        expired.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(31)));
        sessions.save(expired).block();
        MapSession current = sessions.createSession().block();
        current.setAttribute("person", "south.worker");
        sessions.save(current).block();

        assertThat(sessions.findById(expired.getId()).blockOptional()).isEmpty();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rowsFor(expired.getId())).isZero());
        assertThat(sessions.findById(current.getId()).block().<String>getAttribute("person")).isEqualTo("south.worker");
    }

    @Test
    void aDeletedSessionIsGone() {
        MapSession session = sessions.createSession().block();
        session.setAttribute("person", "north.worker");
        sessions.save(session).block();

        sessions.deleteById(session.getId()).block();

        assertThat(sessions.findById(session.getId()).blockOptional()).isEmpty();
        assertThat(rowsFor(session.getId())).isZero();
    }

    /** As after an upgrade whose classes no longer read what the gateway before it wrote: the person signs in again. */
    @Test
    void aSessionThatCannotBeReadIsNotFoundAndIsDropped() {
        jdbc.update("INSERT INTO sign_in_session (id, created_at, last_accessed_at, max_inactive_seconds, expires_at, attributes)"
                + " VALUES ('unreadable', now(), now(), 1800, now() + interval '30 minutes', '\\x00010203'::bytea)");

        assertThat(sessions.findById("unreadable").blockOptional()).isEmpty();
        assertThat(rowsFor("unreadable")).isZero();
    }

    private int rowsFor(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM sign_in_session WHERE id = ?", Integer.class, id);
    }
}
