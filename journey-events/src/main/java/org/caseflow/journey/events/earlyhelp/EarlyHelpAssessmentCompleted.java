package org.caseflow.journey.events.earlyhelp;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_LEAD_PRACTITIONER;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/** An Early Help assessment was completed (task {@code CompleteEarlyHelpAssessment}), due by local rule T24. */
public record EarlyHelpAssessmentCompleted(String ehEpisodeId, String laChildId, LocalDate completedOn, LocalDate dueOn,
        String leadPractitioner) {

    public static final String TYPE = "EarlyHelpAssessmentCompleted";

    public static EarlyHelpAssessmentCompleted from(JourneyEvent event) {
        return new EarlyHelpAssessmentCompleted(event.require(EH_EPISODE_ID), event.laChildId(), event.occurredOn(), event.dueOn(),
                event.text(EH_LEAD_PRACTITIONER).orElse(null));
    }

    public boolean inTime() {
        return dueOn == null || !completedOn.isAfter(dueOn);
    }
}
