package org.caseflow.kpi.earlyhelp;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.kpi.earlyhelp.rules.EarlyHelpEpisode;
import org.caseflow.kpi.earlyhelp.rules.RePresentations;
import org.caseflow.kpi.measures.rules.Involvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the Early Help facts that more than one measure needs; all open cases count its children too. */
@Repository
public class EarlyHelpEpisodes {

    private static final String EPISODE = "select eh_episode_id, la_child_id, started_on, closed_on from early_help_episode_fact";

    private final JdbcClient jdbc;

    EarlyHelpEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** KPI {@code early-help-open}: the children with an Early Help episode open at the end of {@code date}, each once. */
    public Set<String> childrenOpenOn(LocalDate date) {
        // those closing that very day are read too, and the rule decides
        List<EarlyHelpEpisode> openOrClosing = jdbc.sql(EPISODE + " where started_on <= :on and (closed_on is null or closed_on >= :on)")
                .param("on", date).query(EarlyHelpEpisode.class).list();
        return Involvement.childrenOpenOn(openOrClosing, date);
    }

    /** Episodes that social care stepped down ({@link EarlyHelpOrigin#isStepDown()}), started from {@code from} to {@code to}. */
    long stepDownsStartedBetween(LocalDate from, LocalDate to) {
        List<String> stepDowns = Arrays.stream(EarlyHelpOrigin.values()).filter(EarlyHelpOrigin::isStepDown).map(Enum::name).toList();
        return jdbc.sql("select count(*) from early_help_episode_fact where origin in (:stepDowns) and started_on between :from and :to")
                .param("stepDowns", stepDowns).param("from", from).param("to", to).query(Long.class).single();
    }

    /** Step-ups the front door accepted from {@code from} to {@code to}, both included; each step-up counts. */
    long stepUpsAcceptedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from step_up_fact where accepted and decided_on between :from and :to")
                .param("from", from).param("to", to).query(Long.class).single();
    }

    /**
     * The episodes started from {@code from} to {@code to}, with every other episode of the same children that
     * {@link RePresentations} could look back to: started by {@code to} and closed from {@code lookBackFrom(from)}.
     */
    List<EarlyHelpEpisode> startedBetweenWithLookBack(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        %s
                        where started_on <= :to
                          and (started_on >= :from or closed_on >= :lookBackFrom)
                          and la_child_id in (select la_child_id from early_help_episode_fact where started_on between :from and :to)"""
                        .formatted(EPISODE))
                .param("from", from).param("to", to).param("lookBackFrom", RePresentations.lookBackFrom(from))
                .query(EarlyHelpEpisode.class).list();
    }
}
