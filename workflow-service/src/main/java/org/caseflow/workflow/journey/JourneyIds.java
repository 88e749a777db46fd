package org.caseflow.workflow.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseflow.journey.events.JourneyData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Readable identifiers for contacts ({@code CON-000042}), children ({@code C1000042}, the council's
 * LA child id) and referrals ({@code REF-000042}), from database sequences. A journey's business
 * key is its contact or referral id.
 */
@Component("journeyIds")
public class JourneyIds {

    private final JdbcClient jdbc;

    JourneyIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String nextContactId() {
        return "CON-%06d".formatted(next("contact_number"));
    }

    public String nextLaChildId() {
        return "C" + next("child_number");
    }

    public String nextReferralId() {
        return "REF-%06d".formatted(next("referral_number"));
    }

    /** Start of the front door: keeps ids given by the API, fills in those a Tasklist start form did not. */
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

    /** Start of an assessment: a new referral, dated the day the front door decided on it unless given. */
    public void assignReferral(DelegateExecution execution) {
        String referralId = nextReferralId();
        execution.setVariable(JourneyData.REFERRAL_ID, referralId);
        execution.setProcessBusinessKey(referralId);
        if (execution.getVariable(JourneyData.REFERRAL_DATE) == null) {
            execution.setVariable(JourneyData.REFERRAL_DATE, execution.getVariable(JourneyData.DECISION_DATE));
        }
    }

    private long next(String sequence) {
        return jdbc.sql("select nextval('journey." + sequence + "')").query(Long.class).single();
    }
}
