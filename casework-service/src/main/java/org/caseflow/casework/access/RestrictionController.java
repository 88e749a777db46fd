package org.caseflow.casework.access;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.caseflow.support.openapi.ProblemResponse;
import org.caseflow.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Team managers restrict a record to the child's allocated team, or lift the restriction. */
@RestController
class RestrictionController {

    private final ChildAccess access;
    private final RecordRestrictions restrictions;

    RestrictionController(ChildAccess access, RecordRestrictions restrictions) {
        this.access = access;
        this.restrictions = restrictions;
    }

    @Operation(summary = "Restrict a child's record, or lift the restriction", description = """
            A restricted record is open only to the team the child is allocated to, its managers and administrators; \
            to anyone else the child is not found. A restriction needs a reason, which is kept in the audit trail. For \
            team managers to whom the record is open, and administrators. Answers the restriction as set.""")
    @ChildRecordProblems
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only team managers and administrators restrict records.")
    @ProblemResponse(status = HttpStatus.BAD_REQUEST, type = "reason-required",
            when = "A restriction without a reason, or a body that is not valid. Nothing was changed.",
            detail = "Say why the record is restricted; the reason is kept in its audit trail.")
    @PutMapping("/api/casework/children/{laChildId}/restriction")
    @Transactional
    Restriction restrict(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId,
            @Valid @RequestBody Restriction restriction, Authentication caller) {
        access.requireOpenTo(caller, laChildId, "RESTRICT");
        if (restriction.restricted() && (restriction.reason() == null || restriction.reason().isBlank())) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "reason-required",
                    "Say why the record is restricted; the reason is kept in its audit trail."), null);
        }
        restrictions.set(laChildId, restriction.restricted(), restriction.reason(), caller.getName());
        return restriction;
    }
}
