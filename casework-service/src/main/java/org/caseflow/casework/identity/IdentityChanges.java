package org.caseflow.casework.identity;

import java.util.List;
import org.caseflow.casework.access.ChildNotFound;
import org.caseflow.casework.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes who the child is. This is the only way a known child's identity changes (a contact
 * cannot), and each change is audited with what it changed and why, in the same transaction.
 */
@Service
class IdentityChanges {

    static final String AUDIT_ACTION = "IDENTITY_CHANGED";

    private final ChildIdentities identities;
    private final AuditTrail audit;

    IdentityChanges(ChildIdentities identities, AuditTrail audit) {
        this.identities = identities;
        this.audit = audit;
    }

    /** @return the child's identity as it now is */
    @Transactional
    ChildIdentity change(String laChildId, IdentityChange change, String by) {
        ChildIdentity before = identities.findForChange(laChildId).orElseThrow(() -> new ChildNotFound(laChildId));
        ChildIdentity after = change.of(laChildId);
        identities.replace(after);
        audit.record(by, AUDIT_ACTION, laChildId, describe(before.changesTo(after), change.reason()));
        return after;
    }

    private static String describe(List<String> changes, String reason) {
        String what = changes.isEmpty() ? "No details changed" : capitalised(String.join("; ", changes));
        return what + ". Reason: " + reason;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
