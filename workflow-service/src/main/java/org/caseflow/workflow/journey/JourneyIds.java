package org.caseflow.workflow.journey;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.assessment.AssessmentData;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.childprotection.ChildProtectionData;
import org.caseflow.workflow.forms.TaskInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readable identifiers for contacts ({@code CON-000042}), children ({@code C1000042}, the council's
 * LA child id), referrals ({@code REF-000042}) and child protection plans ({@code CPP-000042}),
 * from database sequences. A journey's business key is its contact, referral or plan id.
 */
@Component("journeyIds")
public class JourneyIds {

    private final JdbcClient jdbc;

    JourneyIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private String nextContactId() {
        return "CON-%06d".formatted(next("contact_number"));
    }

    private String nextLaChildId() {
        return "C" + next("child_number");
    }

    private String nextReferralId() {
        return "REF-%06d".formatted(next("referral_number"));
    }

    /** Start of a child protection plan: a new plan id, and the plan's journey known by it. */
    public void assignCpPlan(DelegateExecution execution) {
        String planId = "CPP-%06d".formatted(next("cp_plan_number"));
        execution.setVariable(ChildProtectionData.CP_PLAN_ID, planId);
        execution.setProcessBusinessKey(planId);
    }

    /** Start of the front door: a new contact id, and an LA child id unless the child is known to us. */
    public void assignContact(DelegateExecution execution) {
        if (execution.getVariable(JourneyData.CONTACT_ID) == null) {
            execution.setVariable(JourneyData.CONTACT_ID, nextContactId());
        }
        Object laChildId = execution.getVariable(JourneyData.LA_CHILD_ID);
        if (laChildId == null || laChildId.toString().isBlank()) {
            execution.setVariable(JourneyData.LA_CHILD_ID, nextLaChildId());
        }
        execution.setProcessBusinessKey((String) execution.getVariable(JourneyData.CONTACT_ID));
    }

    /**
     * Start of an assessment: a new referral, dated the day the front door decided on it (an
     * assessment started on its own, as process tests do, brings its referral date).
     */
    public void assignReferral(DelegateExecution execution) {
        String referralId = nextReferralId();
        execution.setVariable(JourneyData.REFERRAL_ID, referralId);
        execution.setProcessBusinessKey(referralId);
        if (execution.getVariable(AssessmentData.REFERRAL_DATE) == null) {
            LocalDate decided = TaskInput.of(execution).requiredDate(FrontDoorData.DECISION_DATE);
            execution.setVariable(AssessmentData.REFERRAL_DATE, decided.toString());
        }
    }

    private long next(String sequence) {
        return jdbc.sql("select nextval('journey." + sequence + "')").query(Long.class).single();
    }
}
