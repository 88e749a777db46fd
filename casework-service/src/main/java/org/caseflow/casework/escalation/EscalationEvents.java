package org.caseflow.casework.escalation;

import java.time.LocalDate;
import java.util.Optional;
import org.caseflow.calendar.Timescale;
import org.caseflow.calendar.Timescales;
import org.caseflow.casework.chronology.TimescaleWords;
import org.caseflow.casework.feed.EscalationHandler;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childinneed.CinData;
import org.caseflow.journey.events.childprotection.ChildProtectionData;
import org.caseflow.journey.events.earlyhelp.EarlyHelpData;
import org.caseflow.journey.events.escalation.Escalation;
import org.caseflow.journey.events.lookedafter.LookedAfterData;
import org.springframework.stereotype.Component;

/**
 * Every escalation of a timescale, statutory or local, in any stage, worded for the chronology from
 * the rule itself. A timer knows only that nothing had been recorded by the end of the due day; the
 * work may later be recorded with an earlier business date. So a breach never says the work was
 * late, and work then recorded in time says that it was, and that the escalation was closed.
 */
@Component
class EscalationEvents implements EscalationHandler {

    /**
     * Statutory and this council's local timescales alike: a local rule (T2, T6, T10, T11, T23 to
     * T26) is worded with the council's setting.
     */
    private final Timescales timescales;

    EscalationEvents(Timescales timescales) {
        this.timescales = timescales;
    }

    @Override
    public String apply(JourneyEvent event, Escalation escalation) {
        // an id this service does not know is refused, so the event is set aside rather than worded wrongly
        if (escalation.timescale() == null) {
            throw new IllegalArgumentException("Escalation event " + event.eventId() + " (" + event.type() + ") names no timescale");
        }
        Timescale timescale = timescales.byId(escalation.timescale());
        String work = workOf(event);
        LocalDate dueOn = required(escalation.dueOn(), "its due date", event);
        return switch (escalation.kind()) {
            case BREACHED -> "Nothing had been recorded for " + work + " by the end of its due day, " + dueOn + ", under "
                    + TimescaleWords.ruleOf(timescale) + ". Escalated to the " + managersOf(escalation.team()) + ".";
            case REVIEWED -> "A manager reviewed the escalation for " + work + " under " + TimescaleWords.nameOf(timescale) + " ("
                    + TimescaleWords.limitOf(timescale) + ", due " + dueOn + "): "
                    + (escalation.action() == null ? "no action recorded." : escalation.action());
            case RECORDED_IN_TIME -> "The work for " + work + " was recorded as done on " + doneOn(escalation, event)
                    + ", within " + TimescaleWords.ruleOf(timescale) + " (due " + dueOn + "). The escalation was closed.";
        };
    }

    /**
     * What the work was for: a period of care's, a plan's (child protection, child in need) or an
     * Early Help episode's, named in the event's data; else the referral's once there is one, else
     * the contact's. The period of care comes first, as a period started from a plan may carry that
     * plan's id too; the plan comes before the referral it sits in, and an Early Help episode before
     * the contact that started it (its events name no referral, and the work is not the contact's).
     */
    private static String workOf(JourneyEvent event) {
        Optional<String> periodOfCare = event.text(LookedAfterData.CLA_PERIOD_ID);
        if (periodOfCare.isPresent()) {
            return "period of care " + periodOfCare.get();
        }
        Optional<String> plan = event.text(ChildProtectionData.CP_PLAN_ID);
        if (plan.isPresent()) {
            return "child protection plan " + plan.get();
        }
        Optional<String> cinPlan = event.text(CinData.CIN_PLAN_ID);
        if (cinPlan.isPresent()) {
            return "child in need plan " + cinPlan.get();
        }
        Optional<String> earlyHelp = event.text(EarlyHelpData.EH_EPISODE_ID);
        if (earlyHelp.isPresent()) {
            return "Early Help episode " + earlyHelp.get();
        }
        if (event.referralId() != null) {
            return "referral " + event.referralId();
        }
        return event.contactId() != null ? "contact " + event.contactId() : "the child";
    }

    private static String managersOf(String team) {
        return team == null ? "managers" : team + " managers";
    }

    /** The business date the work was recorded as done on, which must be within the timescale for the words to be true. */
    private static LocalDate doneOn(Escalation escalation, JourneyEvent event) {
        LocalDate doneOn = required(escalation.on(), "the date the work was done", event);
        if (doneOn.isAfter(escalation.dueOn())) {
            throw new IllegalArgumentException("Event " + event.eventId() + " says work done on " + doneOn
                    + " was recorded in time, but it was due on " + escalation.dueOn());
        }
        return doneOn;
    }

    private static LocalDate required(LocalDate date, String what, JourneyEvent event) {
        if (date == null) {
            throw new IllegalArgumentException("Escalation event " + event.eventId() + " (" + event.type() + ") gives no " + what);
        }
        return date;
    }
}
