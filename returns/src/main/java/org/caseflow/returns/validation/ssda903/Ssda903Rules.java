package org.caseflow.returns.validation.ssda903;

import java.util.List;
import org.caseflow.returns.validation.ValidationRule;

/** The SSDA903 rules Caseflow implements, Header then Episodes then Missing. */
public final class Ssda903Rules {

    private Ssda903Rules() {
    }

    public static List<ValidationRule> all() {
        return List.of(
                new Rule168UpnNotValid(),
                new Rule302FirstEpisodeBeforeBirth(),
                new Rule148CeasedDateAndReasonTogether(),
                new Rule356CeasedBeforeStarted(),
                new Rule501EpisodeStartsBeforePreviousEnds(),
                new Rule567MissingEndsBeforeStart());
    }
}
