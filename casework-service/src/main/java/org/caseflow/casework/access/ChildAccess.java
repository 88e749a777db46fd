package org.caseflow.casework.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caseflow.casework.allocation.CurrentAllocations;
import org.caseflow.casework.audit.AuditTrail;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may open a child's record. Any practitioner may open an ordinary record. Two kinds open only
 * to some teams, each team with its managers, and to administrators:
 * <ul>
 *   <li>a restricted record, to the team the child is allocated to (its current allocations, else its
 *       open episodes);</li>
 *   <li>the record of a child looked after now, to the team that holds the period of care (the
 *       children in care team) and the teams with open work for the child (an open episode or a
 *       current allocation: the referral's team, whose episode the period sits in, stays with the
 *       child, and a team the case is reallocated to joins them from then on). Once care ends the
 *       record is ordinary again, unless restricted. A restricted record of a looked-after child
 *       opens to the care team too.</li>
 * </ul>
 * Every read is audited, and so is every refusal.
 *
 * <p>Someone refused is told exactly what they would be told if no child had the id: a different
 * answer would tell them that the child is known to the council, which is itself what a
 * restriction protects.
 *
 * <p>The child's identity alone ({@link #openIdentityForReading}) stays open to every practitioner
 * while the child is looked after, unless the record is restricted: the front door checks it to
 * link a contact about the child to their record, and a contact about a looked-after child must
 * reach the care team's record, not start a second record of the child.
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
    private final LookedAfterChildren lookedAfter;
    private final CurrentAllocations allocations;

    ChildAccess(JdbcClient jdbc, AuditTrail audit, LookedAfterChildren lookedAfter, CurrentAllocations allocations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.lookedAfter = lookedAfter;
        this.allocations = allocations;
    }

    /**
     * Opens the record to the caller for a read, which the audit trail keeps as {@code readAction},
     * in the caller's transaction: no audit entry, no record.
     *
     * @throws ChildNotFound when no child has the id, or the record is closed to the caller
     */
    public void openForReading(Authentication caller, String laChildId, String readAction) {
        requireOpenTo(caller, laChildId, readAction);
        audit.record(caller.getName(), readAction, laChildId, null);
    }

    /**
     * Opens the child's identifying details (name, dates of birth) to the caller, as
     * {@link #openForReading} does, but a looked-after child's are open to every practitioner (see above).
     *
     * @throws ChildNotFound when no child has the id, or the record is restricted to a team the caller is not in
     */
    public void openIdentityForReading(Authentication caller, String laChildId, String readAction) {
        require(caller, laChildId, readAction, false);
        audit.record(caller.getName(), readAction, laChildId, null);
    }

    /**
     * @param attempted what the caller asked to do, for the audit entry of a refusal (e.g. {@code CHANGE_IDENTITY})
     * @throws ChildNotFound when no child has the id, or the record is closed to the caller
     */
    public void requireOpenTo(Authentication caller, String laChildId, String attempted) {
        require(caller, laChildId, attempted, true);
    }

    /**
     * Whether the record of a child the caller came across (a search found them) is open to the caller,
     * by the rules every view of the record follows. A closed one is audited as a refused read, as
     * {@link #requireOpenTo} audits it, so that the record's team sees who came across it; the caller
     * is told nothing.
     *
     * @param attempted what the caller was doing, for the audit entry of a refusal (e.g. {@code SEARCH "riley"})
     * @throws ChildNotFound when no child has the id
     */
    public boolean isOpenTo(Authentication caller, String laChildId, String attempted) {
        return opens(caller, laChildId, attempted, true);
    }

    private void require(Authentication caller, String laChildId, String attempted, boolean whileLookedAfter) {
        if (!opens(caller, laChildId, attempted, whileLookedAfter)) {
            throw new ChildNotFound(laChildId);
        }
    }

    private boolean opens(Authentication caller, String laChildId, String attempted, boolean whileLookedAfter) {
        Boolean restricted = jdbc.sql("select restricted from child where la_child_id = :id")
                .param("id", laChildId).query(Boolean.class).optional().orElseThrow(() -> new ChildNotFound(laChildId));
        boolean inCare = whileLookedAfter && lookedAfter.isLookedAfter(laChildId);
        if (!restricted && !inCare) {
            return true;
        }
        List<String> groups = CaseflowAuthorities.groupsOf(caller);
        if (groups.contains(CaseflowGroups.ADMINISTRATORS)) {
            return true;
        }
        Set<String> teams = new LinkedHashSet<>();
        if (inCare) {
            teams.addAll(lookedAfter.careTeams(laChildId));
        }
        teams.addAll(restricted ? allocatedTeams(laChildId) : teamsWithOpenWork(laChildId));
        boolean inTeam = teams.stream().anyMatch(team -> groups.contains(team) || groups.contains(CaseflowGroups.managersOf(team)));
        if (!inTeam) {
            // kept even when the request then fails; only those the record is open to read the trail
            audit.recordRefusal(caller.getName(), laChildId, attempted + " refused: " + why(restricted, inCare) + teams);
        }
        return inTeam;
    }

    private static String why(boolean restricted, boolean inCare) {
        if (!restricted) {
            return "looked-after child; open to ";
        }
        return inCare ? "restricted record of a looked-after child; open to " : "restricted record; allocated to ";
    }

    private List<String> allocatedTeams(String laChildId) {
        List<String> allocated = allocations.teams(laChildId);
        if (!allocated.isEmpty()) {
            return allocated;
        }
        return openEpisodeTeams(laChildId);
    }

    /** Every team with open work for the child: its current allocations and open episodes alike, in order. */
    private List<String> teamsWithOpenWork(String laChildId) {
        Set<String> teams = new TreeSet<>(allocations.teams(laChildId));
        teams.addAll(openEpisodeTeams(laChildId));
        return List.copyOf(teams);
    }

    private List<String> openEpisodeTeams(String laChildId) {
        return jdbc.sql("select team from episode where la_child_id = :id and ended_on is null and team is not null")
                .param("id", laChildId).query(String.class).list();
    }
}
