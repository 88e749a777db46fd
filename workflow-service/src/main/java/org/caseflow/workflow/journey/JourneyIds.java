package org.caseflow.workflow.journey;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.assessment.AssessmentData;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.childinneed.CinData;
import org.caseflow.journey.events.childprotection.ChildProtectionData;
import org.caseflow.journey.events.earlyhelp.EarlyHelpData;
import org.caseflow.journey.events.lookedafter.LookedAfterData;
import org.caseflow.workflow.forms.TaskInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readable identifiers for contacts ({@code CON-000042}), children ({@code C1000042}, the council's
 * LA child id), referrals ({@code REF-000042}), child protection plans ({@code CPP-000042}), child
 * in need plans ({@code CIN-000042}), Early Help episodes ({@code EH-000042}) and periods of care
 * ({@code LAC-000042}), from database
 * sequences. A journey's business key is its contact, referral, plan or episode id.
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

    /** Start of a child in need plan: a new plan id, and the plan's journey known by it. */
    public void assignCinPlan(DelegateExecution execution) {
        String planId = "CIN-%06d".formatted(next("cin_plan_number"));
        execution.setVariable(CinData.CIN_PLAN_ID, planId);
        execution.setProcessBusinessKey(planId);
    }

    /**
     * Start of an Early Help episode: a new episode id, the journey known by it, and an LA child
     * id for a child new to the council (a partner's request for a child not known to us).
     */
    public void assignEarlyHelp(DelegateExecution execution) {
        String episodeId = "EH-%06d".formatted(next("early_help_number"));
        execution.setVariable(EarlyHelpData.EH_EPISODE_ID, episodeId);
        execution.setProcessBusinessKey(episodeId);
        assignChildIfNew(execution);
    }

    /**
     * Start of a period of care: a new period id, the journey known by it, and an LA child id for a
     * child new to the council (an unaccompanied child, say, entering care directly).
     */
    public void assignLookedAfter(DelegateExecution execution) {
        String periodId = "LAC-%06d".formatted(next("looked_after_number"));
        execution.setVariable(LookedAfterData.CLA_PERIOD_ID, periodId);
        execution.setProcessBusinessKey(periodId);
        assignChildIfNew(execution);
    }

    /** Start of the front door: a new contact id, and an LA child id unless the child is known to us. */
    public void assignContact(DelegateExecution execution) {
        if (execution.getVariable(JourneyData.CONTACT_ID) == null) {
            execution.setVariable(JourneyData.CONTACT_ID, nextContactId());
        }
        assignChildIfNew(execution);
        execution.setProcessBusinessKey((String) execution.getVariable(JourneyData.CONTACT_ID));
    }

    private void assignChildIfNew(DelegateExecution execution) {
        Object laChildId = execution.getVariable(JourneyData.LA_CHILD_ID);
        if (laChildId == null || laChildId.toString().isBlank()) {
            execution.setVariable(JourneyData.LA_CHILD_ID, nextLaChildId());
        }
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
