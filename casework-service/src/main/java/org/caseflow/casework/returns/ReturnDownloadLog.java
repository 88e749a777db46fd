package org.caseflow.casework.returns;

import java.time.LocalDate;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only list of every return downloaded (table {@code return_download}): personal data
 * leaves Caseflow in these files, so who took which, for which period, and when, is kept.
 */
@Repository
class ReturnDownloadLog {

    enum Kind { CIN_CENSUS, SSDA903, ANNEX_A }

    /** Where the request's correlation id is in the logging context, as every log line and audit entry carries it. */
    private static final String CORRELATION_ID = "correlationId";

    private final JdbcClient jdbc;

    ReturnDownloadLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the request's transaction: no entry, no file. */
    void record(String actor, Kind kind, LocalDate from, LocalDate to, boolean pseudonymised, int children) {
        jdbc.sql("""
                        insert into return_download (actor, statutory_return, period_from, period_to, pseudonymised, children,
                            correlation_id)
                        values (:actor, :kind, :from, :to, :pseudonymised, :children, :correlation)""")
                .param("actor", actor).param("kind", kind.name()).param("from", from).param("to", to)
                .param("pseudonymised", pseudonymised).param("children", children)
                .param("correlation", MDC.get(CORRELATION_ID))
                .update();
    }
}
