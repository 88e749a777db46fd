package org.caseflow.casework.access;

import java.util.List;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may open a child's record. Any practitioner may open an ordinary record. A restricted one
 * opens only to the team the child is allocated to (its current allocation, else its open
 * episodes) and that team's managers, and to administrators. Every read is audited, and so is
 * every refusal.
 *
 * <p>Someone refused a restricted record is told exactly what they would be told if no child had
 * the id: a different answer would tell them that the child is known to the council, which is
 * itself what the restriction protects.
 */
@Component
public class ChildAccess {

    /**
     * The shape of an LA child id in a path that opens a record; anything else is refused before it
     * reaches the database.
     */
    public static final String LA_CHILD_ID = "[A-Za-z0-9]{1,20}";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ChildAccess(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Opens the record to the caller for a read, which the audit trail keeps as {@code readAction},
     * in the caller's transaction: no audit entry, no record.
     *
     * @throws ChildNotFound when no child has the id, or the record is restricted to a team the caller is not in
     */
    public void openForReading(Authentication caller, String laChildId, String readAction) {
        requireOpenTo(caller, laChildId, readAction);
        audit.record(caller.getName(), readAction, laChildId, null);
    }

    /**
     * @param attempted what the caller asked to do, for the audit entry of a refusal (e.g. {@code CHANGE_IDENTITY})
     * @throws ChildNotFound when no child has the id, or the record is restricted to a team the caller is not in
     */
    public void requireOpenTo(Authentication caller, String laChildId, String attempted) {
        Boolean restricted = jdbc.sql("select restricted from child where la_child_id = :id")
                .param("id", laChildId).query(Boolean.class).optional().orElseThrow(() -> new ChildNotFound(laChildId));
        if (!restricted) {
            return;
        }
        List<String> groups = CaseflowAuthorities.groupsOf(caller);
        if (groups.contains(CaseflowGroups.ADMINISTRATORS)) {
            return;
        }
        List<String> teams = allocatedTeams(laChildId);
        boolean inTeam = teams.stream().anyMatch(team -> groups.contains(team) || groups.contains(CaseflowGroups.managersOf(team)));
        if (!inTeam) {
            // kept although this request fails; only those the record is open to read the trail
            audit.recordRefusal(caller.getName(), laChildId, attempted + " refused: restricted record; allocated to " + teams);
            throw new ChildNotFound(laChildId);
        }
    }

    private List<String> allocatedTeams(String laChildId) {
        List<String> allocated = jdbc.sql("""
                        select team from allocation where la_child_id = :id and ended_on is null and team is not null""")
                .param("id", laChildId).query(String.class).list();
        if (!allocated.isEmpty()) {
            return allocated;
        }
        return jdbc.sql("select team from episode where la_child_id = :id and ended_on is null and team is not null")
                .param("id", laChildId).query(String.class).list();
    }
}
