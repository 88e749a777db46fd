package org.caseflow.kpi.earlyhelp;

import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.StepUpDecided;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Early Help episodes (keyed by the episode's id), from their start to the day their journey closed them,
 * and the front door's answer to each step-up they asked for (keyed by the step-up's contact). An event for
 * an episode whose start this service has not recorded is refused, so the feed sets it aside to be applied
 * again once the start is here, rather than losing it from the measures.
 */
@Component
class EarlyHelpFacts implements FactRecorder {

    private final JdbcClient jdbc;

    EarlyHelpFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(EarlyHelpEpisodeStarted.TYPE, EarlyHelpEpisodeClosed.TYPE, StepUpDecided.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        switch (event.type()) {
            case EarlyHelpEpisodeStarted.TYPE -> started(EarlyHelpEpisodeStarted.from(event));
            case EarlyHelpEpisodeClosed.TYPE -> closed(EarlyHelpEpisodeClosed.from(event));
            case StepUpDecided.TYPE -> stepUpDecided(StepUpDecided.from(event));
            default -> throw new IllegalArgumentException("Not an Early Help event: " + event.type());
        }
    }

    private void started(EarlyHelpEpisodeStarted episode) {
        jdbc.sql("""
                        insert into early_help_episode_fact (eh_episode_id, la_child_id, contact_id, stepped_down_from, origin, started_on)
                        values (:id, :child, :contact, :steppedDownFrom, :origin, :started)
                        on conflict (eh_episode_id) do nothing""")
                .param("id", episode.ehEpisodeId()).param("child", episode.laChildId()).param("contact", episode.contactId())
                .param("steppedDownFrom", episode.steppedDownFrom()).param("origin", episode.origin().name())
                .param("started", episode.startedOn())
                .update();
    }

    private void closed(EarlyHelpEpisodeClosed closing) {
        int closed = jdbc.sql("update early_help_episode_fact set closed_on = :closed, closure = :closure where eh_episode_id = :id")
                .param("id", closing.ehEpisodeId()).param("closed", closing.closedOn()).param("closure", closing.closure().name())
                .update();
        if (closed == 0) {
            throw notStarted(closing.ehEpisodeId(), "The closing");
        }
    }

    private void stepUpDecided(StepUpDecided decision) {
        boolean started = jdbc.sql("select exists (select 1 from early_help_episode_fact where eh_episode_id = :id)")
                .param("id", decision.ehEpisodeId()).query(Boolean.class).single();
        if (!started) {
            throw notStarted(decision.ehEpisodeId(), "A step-up decision");
        }
        jdbc.sql("""
                        insert into step_up_fact (step_up_contact_id, eh_episode_id, la_child_id, decided_on, accepted)
                        values (:contact, :episode, :child, :decided, :accepted)
                        on conflict (step_up_contact_id) do nothing""")
                .param("contact", decision.stepUpContactId()).param("episode", decision.ehEpisodeId())
                .param("child", decision.laChildId()).param("decided", decision.decidedOn()).param("accepted", decision.accepted())
                .update();
    }

    /** Set aside rather than lose what happened to an episode: once its start is applied, it can be applied again. */
    private static IllegalStateException notStarted(String ehEpisodeId, String what) {
        return new IllegalStateException(what + " of Early Help episode " + ehEpisodeId + ", whose start this service has not recorded");
    }
}
