package org.caseflow.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.caseflow.localstack.Database;
import org.caseflow.localstack.Durability;
import org.caseflow.support.database.DatabaseOutage;
import org.caseflow.testsupport.StoppablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service with a database, as every Caseflow service is built, while its PostgreSQL server is
 * really stopped and started again: its answers, its health, and its recovery with no restart.
 */
@SpringBootTest(classes = ServiceDuringDatabaseOutageTest.ServiceWithADatabase.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceDuringDatabaseOutageTest {

    private static final Path DIRECTORY = temporaryDirectory();
    private static final StoppablePostgres POSTGRES = StoppablePostgres.start(DIRECTORY, Durability.THROWAWAY);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void itsDatabase(DynamicPropertyRegistry properties) {
        Database database = POSTGRES.server().ensureDatabase("caseflow_service");
        properties.add("spring.datasource.url", database::jdbcUrl);
        properties.add("spring.datasource.username", database::username);
        properties.add("spring.datasource.password", database::password);
    }

    @AfterAll
    static void stopTheServer() {
        POSTGRES.close();
    }

    @Test
    void theSharedSettingsReachTheConnectionPool() {
        HikariDataSource pool = (HikariDataSource) dataSource;

        assertThat(pool.getConnectionTimeout()).isEqualTo(2000);
        assertThat(pool.getValidationTimeout()).isEqualTo(1000);
    }

    @Test
    void aServerErrorOfAnotherKindStaysOne() throws Exception {
        assertThat(get("/caught/nothing").statusCode()).isEqualTo(500);
    }

    @Test
    void anOutageIsAnswered503PromptlyAndTheServiceRecoversByItself() throws Exception {
        assertThat(get("/records").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);

        POSTGRES.stop();
        try {
            long asked = System.nanoTime();
            HttpResponse<String> refused = get("/records");
            Duration waited = Duration.ofNanos(System.nanoTime() - asked);

            assertIsTheOutageProblem(refused);
            assertThat(waited).as("not the pool's 30 s default").isLessThan(Duration.ofSeconds(5));
            assertIsTheOutageProblem(get("/early/records")); // failed in a filter ahead of the outage filter
            HttpResponse<String> caughtAndAnswered = get("/caught/records"); // as Camunda's REST layers do
            assertThat(caughtAndAnswered.statusCode()).isEqualTo(503);
            assertThat(caughtAndAnswered.headers().firstValue("Retry-After")).contains("5");
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"DOWN\"");
            assertThat(get("/actuator/health/liveness").statusCode()).as("nothing should restart the service").isEqualTo(200);
        } finally {
            POSTGRES.startAgain();
        }

        long back = System.nanoTime();
        while (get("/records").statusCode() != 200 && System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
            Thread.sleep(200);
        }
        assertThat(get("/records").statusCode()).as("answers again within 10 s of the database's return").isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private static void assertIsTheOutageProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://caseflow.example/problems/database-unavailable\"")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("caseflow-outage-");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ServiceWithADatabase {

        @Bean
        SecurityFilterChain everyoneMayAsk(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }

        @Bean
        RecordsController records(JdbcClient jdbc) {
            return new RecordsController(jdbc);
        }

        /** Reads the database before the outage filter has wrapped the request: its failure reaches the container. */
        @Bean
        FilterRegistrationBean<Filter> earlyReader(JdbcClient jdbc) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                jdbc.sql("select count(*) from pg_class").query(Long.class).single();
                response.getWriter().write("read early");
            });
            registration.addUrlPatterns("/early/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @RestController
    static class RecordsController {

        private final JdbcClient jdbc;

        RecordsController(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/records")
        long records() {
            return jdbc.sql("select count(*) from pg_class").query(Long.class).single();
        }

        /** Catches the failure and answers it itself with a 500, marking the request when it was an outage. */
        @GetMapping("/caught/{what}")
        ResponseEntity<String> caught(@PathVariable String what, HttpServletRequest request) {
            try {
                if (what.equals("records")) {
                    records();
                }
                throw new IllegalStateException("something else went wrong");
            } catch (RuntimeException failure) {
                if (DatabaseOutage.isCauseOf(failure)) {
                    request.setAttribute(DatabaseOutage.NOTICED_ATTRIBUTE, true);
                }
                return ResponseEntity.internalServerError().body("{\"type\": \"" + failure.getClass().getSimpleName() + "\"}");
            }
        }
    }
}
