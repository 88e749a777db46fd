package org.caseflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caseflow.localstack.Database;
import org.caseflow.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The run command's {@code --demo-scale=council}: a year of the simulated council goes into the KPI database once,
 * in ids of its own beside facts already there, and is left alone the next time.
 */
class DemoCouncilTest {

    @Test
    void aYearOfTheSimulatedCouncilGoesInOnceInIdsOfItsOwn() {
        Database kpi = TestPostgres.newDatabase("demo_council");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(kpi.jdbcUrl(), kpi.username(), kpi.password()));
        DatasetLoader.flyway(kpi).migrate();
        jdbc.sql("""
                insert into kpi.contact_fact (contact_id, la_child_id, received_on)
                values ('CON-000001', 'C1000001', date '2026-11-27')""").update();

        DemoCouncil.Filled first = DemoCouncil.fill(kpi, LocalDate.of(2026, 11, 28));
        long contacts = jdbc.sql("select count(*) from kpi.contact_fact").query(Long.class).single();
        DemoCouncil.Filled again = DemoCouncil.fill(kpi, LocalDate.of(2026, 11, 29));

        assertThat(first.months()).contains("2025-11 to 2026-10");
        assertThat(first.steps()).isGreaterThan(100_000);
        // about 1,100 contacts a month, and those of the quarter before, whose work was under way on its first day
        assertThat(contacts).isBetween(13_000L, 20_000L);
        assertThat(jdbc.sql("select count(*) from kpi.contact_fact where la_child_id not like 'CS%'").query(Long.class).single())
                .as("the fact already there, kept; every other child in the simulated series").isEqualTo(1);
        assertThat(jdbc.sql("select max(received_on) from kpi.contact_fact where la_child_id like 'CS%'")
                .query(LocalDate.class).single()).isBeforeOrEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(again.months()).isEmpty();
        assertThat(jdbc.sql("select count(*) from kpi.contact_fact").query(Long.class).single()).isEqualTo(contacts);
    }
}
