package org.caseflow.workflow.engineguard;

import java.util.Set;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.JourneyData;

/**
 * The facts that say whose journey this is and whose work: the child, the contact, the referral
 * and the team of record. Each is written once, by the step that owns it (the contact names the
 * child, the journey gives the ids, the decision names the team); no later step rewrites them.
 */
final class IdentifyingFacts {

    private static final Set<String> NAMES = Set.of(JourneyData.LA_CHILD_ID, JourneyData.CONTACT_ID,
            JourneyData.REFERRAL_ID, FrontDoorData.ASSESSMENT_TEAM);

    private IdentifyingFacts() {
    }

    static boolean isIdentifying(String variable) {
        return NAMES.contains(variable);
    }
}
