package org.caseflow.casework.identity;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildNotFound;
import org.caseflow.casework.access.ChildRecordProblems;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's identifying details: practitioners read them, managers correct them. Both open the
 * record first, so a record restricted from the caller answers as a missing child would. A
 * looked-after child's details stay readable to every practitioner (the front door links contacts
 * by them); changing them is for those the looked-after child's record is open to
 * ({@link ChildAccess}).
 */
@RestController
class IdentityController {

    static final String PATH = "/api/casework/children/{laChildId}/identity";

    private final ChildAccess access;
    private final ChildIdentities identities;
    private final IdentityChanges changes;

    IdentityController(ChildAccess access, ChildIdentities identities, IdentityChanges changes) {
        this.access = access;
        this.identities = identities;
        this.changes = changes;
    }

    /** Audited in the same transaction as the read: no audit entry, no identity. */
    @Operation(summary = "A child's identity", description = """
            The child's names and date of birth (or, for an unborn child, expected date of birth), as the case record \
            keeps them. For practitioners, managers and administrators to whom the record is open; a looked-after \
            child's identity stays readable to every practitioner, as the front door links contacts by it. Each read \
            is written to the child's audit trail (`READ_IDENTITY`).""")
    @ChildRecordProblems
    @GetMapping(PATH)
    @Transactional
    ChildIdentity identity(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId,
            Authentication caller) {
        access.openIdentityForReading(caller, laChildId, "READ_IDENTITY");
        return identities.find(laChildId).orElseThrow(() -> new ChildNotFound(laChildId));
    }

    /**
     * The body is checked before the record is opened, so bad input is a 400 whether or not the
     * child exists or is open to the caller, and tells them nothing about either.
     */
    @Operation(summary = "Correct a child's identity", description = """
            Replaces the child's names and dates with those given, for the reason given: a date left out is cleared. \
            Names are required (at most 100 characters), and so is the reason (at most 1000); at least one of the two \
            dates is required, and a date of birth may not be in the future. Bad input is refused before the record \
            is opened, so it says nothing about whether the child exists. The change and its `IDENTITY_CHANGED` audit \
            entry are written together; journeys already running keep the details their contact gave. For team \
            managers to whom the record is open, and administrators. Answers the identity as it now is.""")
    @ChildRecordProblems
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only team managers and administrators correct a child's identity.")
    @PutMapping(PATH)
    @Transactional
    ChildIdentity change(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId,
            @Valid @RequestBody IdentityChange change, Authentication caller) {
        access.requireOpenTo(caller, laChildId, "CHANGE_IDENTITY");
        return changes.change(laChildId, change, caller.getName());
    }
}
