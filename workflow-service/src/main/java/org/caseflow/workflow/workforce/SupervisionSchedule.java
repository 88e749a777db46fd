package org.caseflow.workflow.workforce;

import static org.caseflow.journey.events.workforce.WorkforceData.SUPERVISED_WORKER;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.directory.Directory;
import org.caseflow.support.directory.Service;
import org.caseflow.support.security.CaseflowGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every worker of the directory who {@linkplain #isSupervised is supervised} has a supervision
 * journey: the application starts one for each who has none (at start-up, so a worker added to the
 * directory is picked up with the next deployment), counting from today. Its business key is
 * {@code SUP-<user id>}.
 */
@Component
public class SupervisionSchedule {

    private static final Logger log = LoggerFactory.getLogger(SupervisionSchedule.class);
    static final String JOURNEY = "supervision";

    private final RuntimeService runtime;
    private final Directory directory;

    SupervisionSchedule(RuntimeService runtime, Directory directory) {
        this.runtime = runtime;
        this.directory = directory;
    }

    /** After any demo data, which may start journeys counting from earlier. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void everySupervisedWorkerHasAJourney() {
        directory.people().forEach((worker, person) -> {
            if (isSupervised(person)) {
                start(worker, person, BusinessDates.dateOf(java.time.Instant.now()));
            }
        });
    }

    /**
     * Who is supervised, and measured for it: every case-holding worker, and every social worker of
     * the fostering service. Supervising social workers hold foster carers' cases, not children's,
     * so they are not case-holding; the council's report still measures their supervision
     * ("supervision of foster carers' case workers"). Managers and staff who are not social workers
     * are not.
     */
    public static boolean isSupervised(Directory.Person person) {
        return person.caseHolding()
                || person.service() == Service.FOSTERING && person.groups().contains(CaseflowGroups.SOCIAL_WORKERS);
    }

    /** Starts the worker's journey, counting from {@code from}, unless they have one. */
    public String start(String worker, Directory.Person person, LocalDate from) {
        String key = "SUP-" + worker;
        var running = runtime.createProcessInstanceQuery().processDefinitionKey(JOURNEY).processInstanceBusinessKey(key).singleResult();
        if (running != null) {
            return running.getId();
        }
        String team = person.groups().stream().filter(group -> directory.groups().containsKey(CaseflowGroups.managersOf(group)))
                .findFirst().orElse(null);
        if (team == null) {
            log.warn("Worker {} has no team with managers to supervise them: no supervision journey started", worker);
            return null;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(SUPERVISED_WORKER, worker);
        variables.put(SupervisionSteps.SUPERVISION_TEAM, team);
        variables.put(SupervisionSteps.ASYE_START, person.asyeStart() == null ? null : person.asyeStart().toString());
        variables.put("workerService", person.service() == null ? null : person.service().name());
        variables.put(SupervisionSteps.SUPERVISION_FROM, from.toString());
        return runtime.startProcessInstanceByKey(JOURNEY, key, variables).getId();
    }
}
