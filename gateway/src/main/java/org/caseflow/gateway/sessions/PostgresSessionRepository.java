package org.caseflow.gateway.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.MapSession;
import org.springframework.session.ReactiveSessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sign-in sessions kept in the gateway's PostgreSQL database (table {@code sign_in_session}), so
 * that any gateway serves any browser: a sign-in started on one gateway finishes on another, and a
 * signed-in person's requests may reach any of them. Spring Session offers a JDBC store for servlet
 * applications only; the gateway is reactive, so each call here runs its blocking JDBC on Reactor's
 * boundedElastic scheduler, never on the event loop.
 * <p>
 * A session's attributes (the sign-in under way, the signed-in person, their tokens) are Java-serialised
 * together into one column, with Spring's serializer, as Spring Session's JDBC store serialises each.
 */
class PostgresSessionRepository implements ReactiveSessionRepository<MapSession> {

    private static final Logger log = LoggerFactory.getLogger(PostgresSessionRepository.class);

    /**
     * One statement, so atomic: the session is written under its id, and when its id changed since it
     * was read (as it does on sign-in, against session fixation) the row under its old id goes.
     */
    private static final String SAVE = """
            WITH replaced AS (DELETE FROM sign_in_session WHERE id = ? AND id <> ?)
            INSERT INTO sign_in_session (id, created_at, last_accessed_at, max_inactive_seconds, expires_at, attributes)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET last_accessed_at = excluded.last_accessed_at,
                max_inactive_seconds = excluded.max_inactive_seconds, expires_at = excluded.expires_at,
                attributes = excluded.attributes
            """;
    private static final String FIND = """
            SELECT id, created_at, last_accessed_at, max_inactive_seconds, attributes FROM sign_in_session
            WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)
            """;

    private final JdbcTemplate jdbc;
    private final Duration defaultMaxInactiveInterval;
    private final SerializingConverter serializer = new SerializingConverter();
    private final DeserializingConverter deserializer;

    PostgresSessionRepository(JdbcTemplate jdbc, Duration defaultMaxInactiveInterval, ClassLoader classLoader) {
        this.jdbc = jdbc;
        this.defaultMaxInactiveInterval = defaultMaxInactiveInterval;
        this.deserializer = new DeserializingConverter(classLoader);
    }

    /** A new session, not yet stored: Spring stores it once something is put in it. */
    @Override
    public Mono<MapSession> createSession() {
        return Mono.fromSupplier(() -> {
            MapSession session = new MapSession();
            session.setMaxInactiveInterval(defaultMaxInactiveInterval);
            return session;
        });
    }

    @Override
    public Mono<Void> save(MapSession session) {
        byte[] attributes = serialise(session);
        return blocking(() -> jdbc.update(SAVE, session.getOriginalId(), session.getId(),
                session.getId(), utc(session.getCreationTime()), utc(session.getLastAccessedTime()),
                session.getMaxInactiveInterval().toSeconds(), expiry(session), attributes)).then();
    }

    /** The session, unless there is none under this id or it has expired. */
    @Override
    public Mono<MapSession> findById(String id) {
        return blocking(() -> jdbc.query(FIND, this::read, id, utc(Instant.now())).stream().findFirst())
                .flatMap(Mono::justOrEmpty)
                .onErrorResume(SerializationFailedException.class, unreadable -> {
                    // written by a gateway with other versions of the classes in it (an upgrade): the
                    // person signs in again, rather than every request of theirs failing
                    log.warn("A sign-in session could not be read and is dropped: {}", unreadable.getMessage());
                    return deleteById(id).then(Mono.empty());
                });
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return blocking(() -> jdbc.update("DELETE FROM sign_in_session WHERE id = ?", id)).then();
    }

    /** Deletes the sessions that have expired; none of them would be read again. Blocks: for a scheduled task. */
    int deleteExpired() {
        return jdbc.update("DELETE FROM sign_in_session WHERE expires_at <= ?", utc(Instant.now()));
    }

    private MapSession read(ResultSet row, int rowNumber) throws SQLException {
        MapSession session = new MapSession(row.getString("id"));
        session.setCreationTime(row.getObject("created_at", OffsetDateTime.class).toInstant());
        session.setLastAccessedTime(row.getObject("last_accessed_at", OffsetDateTime.class).toInstant());
        session.setMaxInactiveInterval(Duration.ofSeconds(row.getLong("max_inactive_seconds")));
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) deserializer.convert(row.getBytes("attributes"));
        attributes.forEach(session::setAttribute);
        return session;
    }

    private byte[] serialise(MapSession session) {
        Map<String, Object> attributes = new HashMap<>();
        session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
        return serializer.convert(attributes);
    }

    /** When the session expires unless used again; none for a session that never does (a negative interval). */
    private static OffsetDateTime expiry(MapSession session) {
        Duration maxInactive = session.getMaxInactiveInterval();
        return maxInactive.isNegative() ? null : utc(session.getLastAccessedTime().plus(maxInactive));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <T> Mono<T> blocking(Callable<T> jdbcCall) {
        return Mono.fromCallable(jdbcCall).subscribeOn(Schedulers.boundedElastic());
    }
}
