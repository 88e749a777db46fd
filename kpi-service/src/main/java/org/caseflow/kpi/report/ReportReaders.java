package org.caseflow.kpi.report;

import java.util.Collection;
import org.caseflow.support.security.CaseflowGroups;

/**
 * Who may read the report page, and who may follow its figures down to the children counted (docs/security.md,
 * "The report page").
 * <ul>
 *   <li>The page and each figure's numerator and denominator are aggregates, as {@code /api/kpi/measures} is: performance
 *       officers, managers of any team, administrators, and social workers, who may read the same figures as JSON and
 *       gain nothing by being refused the page. Early Help practitioners who are not managers, and the services' own
 *       accounts, are not its readers.</li>
 *   <li>The children a figure counted are personal data: only team managers ({@code team-managers}), who read children's
 *       records and their audit trails, and administrators. Not performance officers, whose role is aggregates only, nor
 *       social workers, whose work is their own team's children, nor Early Help managers, who see the Early Help record
 *       only.</li>
 * </ul>
 */
public final class ReportReaders {

    private ReportReaders() {
    }

    public static boolean mayReadReport(Collection<String> groups) {
        return groups.stream().anyMatch(group -> group.equals(CaseflowGroups.PERFORMANCE_OFFICERS) || group.equals(CaseflowGroups.ADMINISTRATORS)
                || group.equals(CaseflowGroups.TEAM_MANAGERS) || CaseflowGroups.teamManagedBy(group).isPresent()
                || group.equals(CaseflowGroups.SOCIAL_WORKERS));
    }

    public static boolean maySeeChildren(Collection<String> groups) {
        return groups.contains(CaseflowGroups.TEAM_MANAGERS) || groups.contains(CaseflowGroups.ADMINISTRATORS);
    }
}
