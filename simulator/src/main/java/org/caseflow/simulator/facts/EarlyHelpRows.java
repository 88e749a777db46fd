package org.caseflow.simulator.facts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.StepUpDecided;

/** Early Help episodes (written once closed) and the front door's answers to step-ups: kpi-service's earlyhelp feature. */
final class EarlyHelpRows implements FactRows {

    private final FactTables tables;
    private final Map<String, EarlyHelpEpisodeStarted> openEpisodes = new LinkedHashMap<>();

    EarlyHelpRows(FactTables tables) {
        this.tables = tables;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(EarlyHelpEpisodeStarted.TYPE, EarlyHelpEpisodeClosed.TYPE, StepUpDecided.TYPE);
    }

    @Override
    public void write(JourneyEvent event) {
        switch (event.type()) {
            case EarlyHelpEpisodeStarted.TYPE -> {
                EarlyHelpEpisodeStarted episode = EarlyHelpEpisodeStarted.from(event);
                openEpisodes.putIfAbsent(episode.ehEpisodeId(), episode);
            }
            case EarlyHelpEpisodeClosed.TYPE -> {
                EarlyHelpEpisodeClosed closing = EarlyHelpEpisodeClosed.from(event);
                EarlyHelpEpisodeStarted episode = openEpisodes.remove(closing.ehEpisodeId());
                if (episode == null) {
                    throw new IllegalStateException("Early Help episode " + closing.ehEpisodeId() + " closed, but never started");
                }
                episodeRow(episode, closing.closedOn(), closing.closure().name());
            }
            case StepUpDecided.TYPE -> {
                StepUpDecided decision = StepUpDecided.from(event);
                tables.stepUps.row(decision.stepUpContactId(), decision.ehEpisodeId(), decision.laChildId(), decision.decidedOn(),
                        decision.accepted());
            }
            default -> throw new IllegalArgumentException("Not an Early Help event: " + event.type());
        }
    }

    @Override
    public void finish() {
        openEpisodes.values().forEach(episode -> episodeRow(episode, null, null));
        openEpisodes.clear();
    }

    private void episodeRow(EarlyHelpEpisodeStarted episode, LocalDate closedOn, String closure) {
        tables.earlyHelpEpisodes.row(episode.ehEpisodeId(), episode.laChildId(), episode.contactId(), episode.steppedDownFrom(),
                episode.origin().name(), episode.startedOn(), closedOn, closure);
    }
}
