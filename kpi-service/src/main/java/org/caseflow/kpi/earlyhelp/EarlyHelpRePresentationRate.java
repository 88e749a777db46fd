package org.caseflow.kpi.earlyhelp;

import java.time.LocalDate;
import org.caseflow.kpi.earlyhelp.rules.RePresentations;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.RollingYearMeasure;
import org.springframework.stereotype.Component;

/**
 * KPI {@code early-help-re-presentation-rate}: Early Help episodes started in the 12 months to the
 * reporting date that are re-presentations by {@link RePresentations}, over the episodes started in those
 * months; and the same for the month alone.
 */
@Component
class EarlyHelpRePresentationRate implements RollingYearMeasure {

    private final EarlyHelpEpisodes episodes;

    EarlyHelpRePresentationRate(EarlyHelpEpisodes episodes) {
        this.episodes = episodes;
    }

    @Override
    public String measureId() {
        return "early-help-re-presentation-rate";
    }

    @Override
    public MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        RePresentations.Count count = RePresentations.count(from, to, episodes.startedBetweenWithLookBack(from, to));
        return MeasureValue.percentage(count.rePresentations(), count.started(), reported);
    }
}
