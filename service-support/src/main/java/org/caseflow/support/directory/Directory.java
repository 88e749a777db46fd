package org.caseflow.support.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The teams (and, where a council wants, people) Caseflow knows before anyone signs in
 * ({@code caseflow.directory}): workflow-service puts them into its directory at start-up, so a
 * team's social workers can be offered for allocation and its name shown, and the assessment teams
 * a referral may go to are offered at the front door. People who sign in are added as they come,
 * with the groups the identity provider gives them.
 *
 * @param groups          group id to its name ({@code team-north: Assessment Team North})
 * @param assessmentTeams the groups that take referrals for child and family assessments
 * @param careTeams       the groups that hold the cases of children looked after (the children in care service)
 * @param people          user id to the person, for teams to be offered before their people have signed in
 */
@ConfigurationProperties("caseflow.directory")
public record Directory(Map<String, String> groups, List<String> assessmentTeams, List<String> careTeams, Map<String, Person> people) {

    public Directory {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        assessmentTeams = assessmentTeams == null ? List.of() : List.copyOf(assessmentTeams);
        careTeams = careTeams == null ? List.of() : List.copyOf(careTeams);
        people = people == null ? Map.of() : Map.copyOf(people);
        requireGroups("assessment team", assessmentTeams, groups);
        requireGroups("care team", careTeams, groups);
    }

    private static void requireGroups(String kind, List<String> teams, Map<String, String> groups) {
        for (String team : teams) {
            if (!groups.containsKey(team)) {
                throw new IllegalArgumentException("The " + kind + " " + team + " is not one of the directory's groups " + groups.keySet());
            }
        }
    }

    /**
     * A person, with what the workforce measures read (DfE children's social work workforce census):
     *
     * @param service     the service they work in
     * @param caseHolding whether they hold cases (caseloads count case-holding social workers only)
     * @param asyeStart   the start of their assessed and supported year in employment, for a newly
     *                    qualified social worker; null for an experienced one
     * @param employment  permanent or agency (default permanent)
     * @param fte         full-time equivalent (default 1.0)
     */
    public record Person(String name, String role, List<String> groups, Service service, boolean caseHolding, LocalDate asyeStart,
            Employment employment, BigDecimal fte) {

        public Person {
            groups = groups == null ? List.of() : List.copyOf(groups);
            employment = employment == null ? Employment.PERMANENT : employment;
            fte = fte == null ? BigDecimal.ONE : fte;
            if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("A full-time equivalent is more than 0 and at most 1, not " + fte + " (" + name + ")");
            }
        }

        /** In their assessed and supported year in employment on {@code day}: the 12 months from its start. */
        public boolean inAsyeOn(LocalDate day) {
            return asyeStart != null && !day.isBefore(asyeStart) && day.isBefore(asyeStart.plusYears(1));
        }

        public String firstName() {
            return name.substring(0, name.indexOf(' '));
        }

        public String lastName() {
            return name.substring(name.indexOf(' ') + 1);
        }
    }
}
