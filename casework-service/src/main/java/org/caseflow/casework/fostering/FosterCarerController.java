package org.caseflow.casework.fostering;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The foster carer register, for the fostering team, its managers and administrators
 * (config.SecurityConfig): carers' records are personal data, not aggregates. Whether a DBS check is
 * in date and a visit overdue is judged on today's date in London, which the answer names.
 *
 * <p>Reads are not written to the audit trail: it is kept per child (every entry names one), and a
 * carer household is not a child.
 */
@RestController
@RequestMapping("/api/casework/foster-carers")
@ProblemResponse(status = HttpStatus.FORBIDDEN, when = "The foster carer register is for the fostering team (team-fostering and"
        + " its managers) and administrators: carers' records are personal data.")
class FosterCarerController {

    /** The shape of a carer id in a path (the journey's: capitals, digits and hyphens, up to 20); anything else is refused unread. */
    static final String CARER_ID = "[A-Za-z0-9-]{1,20}";

    private final FosterCarerRegister register;
    private final CarerHistories histories;

    FosterCarerController(FosterCarerRegister register, CarerHistories histories) {
        this.register = register;
        this.histories = histories;
    }

    /**
     * @param type   {@code IN_HOUSE} or {@code KINSHIP}; every type when not given
     * @param status {@code approved} or {@code deregistered}; both when not given
     */
    @Operation(summary = "The foster carer register", description = """
            Each foster carer household, in-house or kinship: when and by whom it was approved, its supervising social \
            worker, whether it is approved or deregistered, and its DBS check and supervisory visits as they stand today \
            in London (the answer names the day). Narrow it with `type` (`IN_HOUSE` or `KINSHIP`) and `status` \
            (`approved` or `deregistered`). Reads are not audited: the audit trail is kept per child.""")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "invalid-input",
            when = "`type` or `status` is not one of the values the register knows.",
            detail = "The register's type may be IN_HOUSE or KINSHIP, not \"FOSTER\".")
    @GetMapping
    @Transactional(readOnly = true)
    CarerRegister register(@RequestParam(required = false) String type, @RequestParam(required = false) String status) {
        RegisterFilter filter = RegisterFilter.of(type, status);
        LocalDate today = today();
        return new CarerRegister(today, register.households(filter, today));
    }

    @Operation(summary = "A foster carer household", description = """
            One household from the register with its dated history (approval, DBS checks, supervisory visits, \
            deregistration), oldest first, and its open escalations: a DBS check or visit a timer found not recorded by \
            its due day, until the work is recorded. Judged on today's date in London, which the answer names.""")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, type = "carer-not-found", when = "The register holds no household with this carer id.",
            detail = "The foster carer register holds no household with carer id FC0099.")
    @GetMapping("/{carerId}")
    @Transactional(readOnly = true)
    CarerHousehold household(@PathVariable @Pattern(regexp = CARER_ID) String carerId) {
        LocalDate today = today();
        FosterCarer carer = register.household(carerId, today).orElseThrow(() -> new CarerNotFound(carerId));
        return new CarerHousehold(today, carer, histories.openEscalations(carerId), histories.of(carer));
    }

    private static LocalDate today() {
        return LocalDate.now(BusinessDates.LONDON);
    }
}
