package org.caseflow.gateway.sessions;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;

/**
 * With {@code caseflow.sessions.store=postgres}, sign-in sessions are kept in the gateway's own
 * PostgreSQL database, which every gateway shares, instead of in each gateway's memory (the
 * default): see docs/operations.md, "More than one gateway: sign-in sessions". Only then has the
 * gateway a database at all: its connection pool is made here ({@code spring.datasource.*}), Flyway
 * creates the table, and the database's health is part of {@code /actuator/health}.
 * <p>
 * Spring Session's WebFlux support ({@link EnableSpringWebSession}) replaces the in-memory session
 * store with {@link PostgresSessionRepository}; the session cookie ({@code SESSION}) and the
 * timeout ({@code server.reactive.session.timeout}) are those of the in-memory store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SharedSignInSessions.STORE, havingValue = "postgres")
@EnableSpringWebSession
@EnableScheduling
@EnableConfigurationProperties(DataSourceProperties.class)
class SharedSignInSessions {

    static final String STORE = "caseflow.sessions.store";

    /** The pool Spring Boot would make from {@code spring.datasource.*}; Boot makes none itself, as a gateway without a database must start. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /** Boot's {@link JdbcTemplate}, which it makes only once Flyway has created the table. */
    @Bean
    PostgresSessionRepository sessionRepository(JdbcTemplate jdbc,
            @Value("${server.reactive.session.timeout:30m}") Duration timeout) {
        return new PostgresSessionRepository(jdbc, timeout, SharedSignInSessions.class.getClassLoader());
    }

    /**
     * A signed-in person's tokens, which the gateway relays to the services, are kept in their session
     * too, so that every gateway has them. (Spring's default keeps them in the memory of the gateway
     * that signed the person in, by their name.)
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository tokensInTheSession() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    ExpiredSessionCleanUp expiredSessionCleanUp(PostgresSessionRepository sessions) {
        return new ExpiredSessionCleanUp(sessions);
    }
}
