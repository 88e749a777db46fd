package org.caseflow.workflow.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_ENTRY_ROUTE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_REQUESTED_ON;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.lookedafter.CareEntryRoute;
import org.caseflow.workflow.forms.TaskInput;
import org.springframework.stereotype.Component;

/**
 * Social care decides a child should be looked after (a child protection or child in need plan
 * ending so, an assessment concluding so): the period of care starts as its own journey (message
 * {@value #CARE_REQUESTED}), with who the child is, the referral and team the decision came from,
 * and the day it was made; the referring team's managers then record the entry to care.
 */
@Component("lookedAfter")
public class LookedAfterHandOffs {

    static final String CARE_REQUESTED = "CareRequested";
    private static final List<String> CARRIED = List.of(JourneyData.LA_CHILD_ID, JourneyData.CONTACT_ID, JourneyData.REFERRAL_ID,
            JourneyData.CHILD_GIVEN_NAME, JourneyData.CHILD_FAMILY_NAME, JourneyData.CHILD_DATE_OF_BIRTH,
            JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH, FrontDoorData.ASSESSMENT_TEAM);

    public void request(DelegateExecution execution, String route, String dateVariable) {
        Map<String, Object> request = new HashMap<>();
        for (String name : CARRIED) {
            request.put(name, execution.getVariable(name));
        }
        request.put(CARE_ENTRY_ROUTE, CareEntryRoute.valueOf(route).name());
        request.put(CARE_REQUESTED_ON, TaskInput.of(execution).requiredDate(dateVariable).toString());
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(CARE_REQUESTED).setVariables(request)
                .correlateStartMessage();
    }
}
