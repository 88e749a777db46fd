package org.caseflow.simulator;

import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISED_WORKER;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISION_DATE;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISION_DUE_ON;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISION_TIMESCALE;
import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISOR;

import java.time.LocalDate;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.journey.events.workforce.SupervisionDue;
import org.caseflow.journey.events.workforce.SupervisionHeld;

/**
 * Each case-holding social worker's supervision journey: a session with their team's manager every month (local rule
 * T22, the common choice), nearly nine in ten on time (the reference report: 86-89% across services).
 */
final class Supervision {

    private static final int INTERVAL_MONTHS = LocalTimescales.englandCommon().byId(LocalTimescales.SUPERVISION).orElseThrow().limit();
    private static final double ON_TIME = 0.88;

    private final Council council;

    Supervision(Council council) {
        this.council = council;
    }

    /** Every worker's journey, already under way on the first day: the last session was within the month before. */
    void startForEveryWorker() {
        LocalDate today = council.today();
        for (Workforce.Team team : council.workforce.socialWorkTeams()) {
            for (String worker : team.workers()) {
                LocalDate lastSession = council.days.minus(today, council.dice.between(0, 18));
                due(team, worker, lastSession);
            }
        }
    }

    /** The clock starts from the last session: the next is due a month later. */
    private void due(Workforce.Team team, String worker, LocalDate countedFrom) {
        LocalDate dueOn = countedFrom.plusMonths(INTERVAL_MONTHS);
        council.journal.step(SupervisionDue.TYPE, countedFrom).due(dueOn).by(team.id(), null)
                .with(SUPERVISED_WORKER, worker).with(SUPERVISION_DUE_ON, dueOn).with(SUPERVISION_TIMESCALE, LocalTimescales.SUPERVISION)
                .record();
        LocalDate heldOn = council.doneAround(dueOn, council.days.plus(countedFrom, 10), ON_TIME, 10, 8);
        council.schedule.at(heldOn, () -> {
            LocalDate today = council.today();
            council.journal.step(SupervisionHeld.TYPE, today).due(dueOn).by(team.id(), team.manager())
                    .with(SUPERVISED_WORKER, worker).with(SUPERVISOR, team.manager()).with(SUPERVISION_DATE, today)
                    .with(SUPERVISION_TIMESCALE, LocalTimescales.SUPERVISION)
                    .record();
            due(team, worker, today);
        });
    }
}
