package org.caseflow.casework.earlyhelp;

import java.util.List;
import org.caseflow.casework.access.ChildAccess;
import org.caseflow.casework.access.ChildNotFound;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may open a child's Early Help record. Social care (social workers, team managers,
 * administrators) may open any child's, as they may open the whole record. Early Help practitioners
 * and their managers may open only the record of a child who has had an Early Help episode: to them
 * any other child answers exactly as a child who does not exist, so that the Early Help record does
 * not tell them which children social care knows. A restricted record is closed as every view of
 * it is ({@link ChildAccess}). Every read and every refusal is audited.
 */
@Component
class EarlyHelpAccess {

    static final String READ_ACTION = "READ_EARLY_HELP";
    private static final List<String> SOCIAL_CARE = List.of(CaseflowGroups.SOCIAL_WORKERS, CaseflowGroups.TEAM_MANAGERS,
            CaseflowGroups.ADMINISTRATORS);

    private final ChildAccess access;
    private final EarlyHelpHistories histories;
    private final AuditTrail audit;

    EarlyHelpAccess(ChildAccess access, EarlyHelpHistories histories, AuditTrail audit) {
        this.access = access;
        this.histories = histories;
        this.audit = audit;
    }

    /** @throws ChildNotFound when no child has the id, the record is restricted from the caller, or it is closed to them as above */
    void openForReading(Authentication caller, String laChildId) {
        access.requireOpenTo(caller, laChildId, READ_ACTION);
        if (!inSocialCare(caller) && !histories.knownToEarlyHelp(laChildId)) {
            // kept although this request fails, as a refused restricted record is
            audit.recordRefusal(caller.getName(), laChildId, READ_ACTION + " refused: the child has had no Early Help episode");
            throw new ChildNotFound(laChildId);
        }
        audit.record(caller.getName(), READ_ACTION, laChildId, null);
    }

    private static boolean inSocialCare(Authentication caller) {
        return CaseflowAuthorities.groupsOf(caller).stream().anyMatch(SOCIAL_CARE::contains);
    }
}
