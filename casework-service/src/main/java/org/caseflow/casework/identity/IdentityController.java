package org.caseflow.casework.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildNotFound;
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
    @PutMapping(PATH)
    @Transactional
    ChildIdentity change(@PathVariable @Pattern(regexp = ChildAccess.LA_CHILD_ID) String laChildId,
            @Valid @RequestBody IdentityChange change, Authentication caller) {
        access.requireOpenTo(caller, laChildId, "CHANGE_IDENTITY");
        return changes.change(laChildId, change, caller.getName());
    }
}
