package org.caseflow.kpi.workforce;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.kpi.workforce.rules.Caseloads.Caseload;
import org.caseflow.support.directory.Directory.Person;
import org.caseflow.support.directory.Service;
import org.caseflow.support.openapi.ProblemResponse;
import org.caseflow.support.web.Problems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each case-holding social worker's caseload on a day, by name: what a team manager needs to balance work, and what
 * the aggregate measures ({@code sw-caseload}, {@code workers-over-25-cases}) are made of. Named workers are not
 * an aggregate, so only managers, performance officers and administrators may read it (the security configuration).
 */
@RestController
class CaseloadsController {

    /** One worker's caseload. */
    record WorkerCaseload(String worker, String name, String team, String teamName, Service service, boolean asye, BigDecimal fte,
            long children) {
    }

    /** The caseloads at the end of {@code date}, by team, then name. */
    record CaseloadsOnDate(LocalDate date, List<WorkerCaseload> workers) {
    }

    private final WorkerCaseloads caseloads;
    private final Workforce workforce;

    CaseloadsController(WorkerCaseloads caseloads, Workforce workforce) {
        this.caseloads = caseloads;
        this.workforce = workforce;
    }

    /** The caseloads at the end of {@code date} (YYYY-MM-DD; default: today, so far). */
    @Operation(summary = "Each social worker's caseload on a date", description = """
            Each case-holding social worker's caseload at the end of `date` (default: today, so far), by team, then \
            name: their team and service, whether they are in their assessed and supported year (ASYE), their FTE and \
            the children they hold. Named workers are not an aggregate: for managers of any team, performance officers \
            and administrators, not social workers.""")
    @ProblemResponse(status = HttpStatus.FORBIDDEN,
            when = "Caseloads are for managers, performance officers and administrators, not social workers.")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-date",
            when = "The date has not come yet, or is not a date (YYYY-MM-DD).",
            detail = "2031-01-01 has not come yet: caseloads are known up to today.")
    @GetMapping("/api/kpi/caseloads")
    @Transactional(readOnly = true)
    CaseloadsOnDate caseloads(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate today = LocalDate.now(BusinessDates.LONDON);
        LocalDate on = date != null ? date : today;
        if (on.isAfter(today)) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    Problems.of(HttpStatus.BAD_REQUEST, "invalid-date", on + " has not come yet: caseloads are known up to today."), null);
        }
        List<WorkerCaseload> workers = caseloads.on(on).stream().map(this::view)
                .sorted(Comparator.comparing((WorkerCaseload worker) -> worker.teamName() == null ? "" : worker.teamName())
                        .thenComparing(worker -> worker.name() == null ? worker.worker() : worker.name()))
                .toList();
        return new CaseloadsOnDate(on, workers);
    }

    private WorkerCaseload view(Caseload caseload) {
        String id = caseload.worker().id();
        Person person = workforce.person(id).orElseThrow();
        String team = workforce.teamOf(id).orElse(null);
        return new WorkerCaseload(id, person.name(), team, team == null ? null : workforce.nameOf(team), person.service(),
                caseload.worker().inAsye(), caseload.worker().fte(), caseload.children());
    }
}
