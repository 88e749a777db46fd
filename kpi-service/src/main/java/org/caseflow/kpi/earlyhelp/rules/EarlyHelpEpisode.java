package org.caseflow.kpi.earlyhelp.rules;

import java.time.LocalDate;
import org.caseflow.kpi.measures.rules.Involvement;

/**
 * An Early Help episode as the measures see it (docs/statutory-rules.md section 5): it starts on the day
 * it was asked for (the front door's decision, social care's step-down, a partner's request) and ends on
 * the day its journey closed it. A child is open to Early Help at the end of a date ({@link #isOpenOn})
 * from the start up to the day before the closure, as for plans: an episode closed on the reporting date
 * is not open that day.
 *
 * @param closedOn null while the episode is open
 */
public record EarlyHelpEpisode(String ehEpisodeId, String laChildId, LocalDate startedOn, LocalDate closedOn) implements Involvement {

    @Override
    public LocalDate endedOn() {
        return closedOn;
    }
}
