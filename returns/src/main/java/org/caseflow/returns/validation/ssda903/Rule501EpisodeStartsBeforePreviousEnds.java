package org.caseflow.returns.validation.ssda903;

import java.util.ArrayList;
import java.util.List;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.ssda903.Episode;
import org.caseflow.returns.validation.Ssda903Rule;
import org.caseflow.returns.validation.Where;

/**
 * 501: in date order, no episode may start before the previous one ceased: overlapping episodes, as
 * two periods of care recorded over each other make. Starting on the day the previous one ceased is
 * how episodes follow each other.
 */
final class Rule501EpisodeStartsBeforePreviousEnds extends Ssda903Rule {

    @Override
    public String code() {
        return "501";
    }

    @Override
    public String message() {
        return "A new episode has started before the end date of the previous episode.";
    }

    @Override
    protected List<String> check(ChildRecord child, List<Episode> episodes, FinancialYear year) {
        List<String> failures = new ArrayList<>();
        for (int i = 1; i < episodes.size(); i++) {
            Episode previous = episodes.get(i - 1);
            Episode episode = episodes.get(i);
            if (previous.ceased() != null && episode.started().isBefore(previous.ceased())) {
                failures.add(Where.episode(episode));
            }
        }
        return failures;
    }
}
