package org.caseflow.support.directory;

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

    public record Person(String name, String role, List<String> groups) {

        public String firstName() {
            return name.substring(0, name.indexOf(' '));
        }

        public String lastName() {
            return name.substring(name.indexOf(' ') + 1);
        }
    }
}
