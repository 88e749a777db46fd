package org.caseflow.casework.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
