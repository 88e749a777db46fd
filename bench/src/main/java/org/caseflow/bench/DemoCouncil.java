package org.caseflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.caseflow.localstack.Database;
import org.caseflow.simulator.CouncilProfile;
import org.caseflow.simulator.CouncilSimulation;
import org.caseflow.simulator.facts.KpiFactWriter;

/**
 * {@code ./run.sh --demo-scale=council}: the twelve months to the end of last month of a council the reference
 * report's size (33,100 children), simulated and written straight into the run command's KPI database as facts, so
 * that the report page, its charts and Grafana show a real-looking council beside the demo journeys. Once: a
 * database that has had its year says so in a table of its own and is left alone (until {@code --reset}).
 *
 * <p>The simulated council's ids are in a series of their own ({@code CS1000042}, {@code CON-S000042}), apart from
 * those Caseflow gives the demo journeys. Its children are in the KPI service's facts only: they have no case record,
 * so the lists of the children a figure counted leave them out (the case record knows no such child). The KPI
 * service judges their referrals' episodes as it starts, as after any bulk load.
 */
final class DemoCouncil {

    /** Apart from Caseflow's own ids: {@code CS…}, {@code CON-S…}. */
    static final String ID_SERIES = "S";
    static final long SEED = 2026;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DemoCouncil() {
    }

    /** What the fill did: the months filled, or empty when the database already had its year. */
    record Filled(Optional<String> months, long steps) {
    }

    static Filled fill(Database kpi, LocalDate today) {
        DatasetLoader.flyway(kpi).migrate();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        YearMonth first = last.minusMonths(11);
        try (Connection connection = DriverManager.getConnection(kpi.jdbcUrl(), kpi.username(), kpi.password())) {
            if (filledBefore(connection)) {
                return new Filled(Optional.empty(), 0);
            }
            connection.setAutoCommit(false);
            connection.setSchema("kpi");
            KpiFactWriter writer = new KpiFactWriter(connection, SEED);
            long steps = CouncilSimulation.of(CouncilProfile.referenceCouncil(), SEED).withIdSeries(ID_SERIES)
                    .run(first, last, writer);
            writer.close();
            markFilled(connection, first, last, steps);
            connection.commit();
            return new Filled(Optional.of(first + " to " + last), steps);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the simulated council into the KPI database: " + e.getMessage(), e);
        }
    }

    private static boolean filledBefore(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select to_regclass('public.demo_council') is not null")) {
            exists.next();
            return exists.getBoolean(1);
        }
    }

    private static void markFilled(Connection connection, YearMonth first, YearMonth last, long steps) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table public.demo_council (first_month text, last_month text, steps bigint, filled_at timestamptz)");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into public.demo_council values (?, ?, ?, now())")) {
            insert.setString(1, first.toString());
            insert.setString(2, last.toString());
            insert.setLong(3, steps);
            insert.executeUpdate();
        }
    }

    /** {@code java -jar bench.jar --fill-demo-council <jdbc url> <user> <password>}, as the run command calls it. */
    static void main(String jdbcUrl, String user, String password) {
        Filled filled = fill(new Database(jdbcUrl, user, password), LocalDate.now(LONDON));
        System.out.println(filled.months()
                .map(months -> "A simulated council of 33,100 children, " + months + ", is in the KPI database ("
                        + "%,d steps as facts).".formatted(filled.steps()))
                .orElse("The simulated council's year is already in the KPI database."));
    }
}
