package org.caseflow.workflow.demo;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.directory.Directory;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.workflow.workforce.SupervisionSchedule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The workforce in the demo: six months of supervision for every supervised worker (the
 * case-holding ones and the fostering team's supervising social workers), kept up by
 * their team's managers except in the children in care team, where the last month's sessions were
 * missed (so the measure has something to say); the looked-after children allocated to the
 * children in care team's social workers.
 */
@Component
class DemoWorkforce {

    private final DemoSteps steps;
    private final SupervisionSchedule schedule;
    private final Directory directory;
    private final RuntimeService runtime;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transaction;

    DemoWorkforce(DemoSteps steps, SupervisionSchedule schedule, Directory directory, RuntimeService runtime, WorkingDayCalendar calendar,
            TransactionTemplate transaction) {
        this.steps = steps;
        this.schedule = schedule;
        this.directory = directory;
        this.runtime = runtime;
        this.calendar = calendar;
        this.transaction = transaction;
    }

    void load(LocalDate today) {
        directory.people().forEach((worker, person) -> {
            if (SupervisionSchedule.isSupervised(person)) {
                transaction.executeWithoutResult(status -> supervise(worker, person, today));
            }
        });
        transaction.executeWithoutResult(status -> allocateLookedAfterChildren(today));
    }

    private void supervise(String worker, Directory.Person person, LocalDate today) {
        LocalDate from = weekday(today.minusMonths(6));
        String journey = schedule.start(worker, person, person.asyeStart() != null && person.asyeStart().isAfter(from) ? person.asyeStart() : from);
        String team = (String) runtime.getVariable(journey, "supervisionTeam");
        String supervisor = directory.people().entrySet().stream()
                .filter(entry -> entry.getValue().groups().contains(CaseflowGroups.managersOf(team))).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        // the children in care team's last month was short of managers: its sessions lapsed
        LocalDate until = team.equals("team-cic") ? today.minusMonths(1) : today;
        for (LocalDate due = dueOf(journey); due.isBefore(until); due = dueOf(journey)) {
            steps.complete(supervisor, journey, "RecordSupervision", Map.of("supervisionDate", calendar.workingDaysBefore(due, 1).toString(),
                    "supervisor", supervisor));
        }
    }

    private void allocateLookedAfterChildren(LocalDate today) {
        String[] workers = {"cic.worker", "cic.agency", "cic.asye"};
        int next = 0;
        for (var period : runtime.createProcessInstanceQuery().processDefinitionKey("looked-after").active().list()) {
            String child = (String) runtime.getVariable(period.getId(), "laChildId");
            String careStart = (String) runtime.getVariable(period.getId(), "careStartDate");
            if (careStart == null) {
                continue;
            }
            steps.start("cic.manager", "case-allocation", Map.of("laChildId", child, "caseWorker", workers[next++ % workers.length],
                    "reallocationDate", calendar.addWorkingDays(BusinessDates.parseDate(careStart), 1).toString(),
                    "reallocationReason", "Allocated to the children in care team on entering care."));
        }
    }

    private LocalDate dueOf(String journey) {
        return LocalDate.parse((String) runtime.getVariable(journey, "supervisionDueOn"));
    }

    private LocalDate weekday(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.workingDaysBefore(day, 1);
    }
}
