package org.caseflow.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The council's people as the journeys name them: the front door, assessment and safeguarding teams (referrals,
 * enquiries, child in need and child protection plans), children in care teams, and Early Help. Teams of
 * {@value #WORKERS_PER_TEAM} social workers and a manager; the workers' ids are made up ({@code as01.worker3}), so
 * KPI measures that count the directory's people do not count them.
 */
final class Workforce {

    static final int WORKERS_PER_TEAM = 7;
    /** Referrals, enquiries and plans take about 3 in 5 of a council's case-holding social workers; children in care the rest. */
    private static final double ASSESSMENT_AND_SAFEGUARDING_SHARE = 0.6;

    /** A team, its manager (who allocates, supervises and chairs) and its workers. */
    record Team(String id, String manager, List<String> workers) {
    }

    private final Team frontDoor = team("front-door", "frontdoor", 4);
    private final Team earlyHelp;
    private final List<Team> assessmentTeams;
    private final List<Team> careTeams;

    private Workforce(int socialWorkers, int earlyHelpPractitioners) {
        int assessmentWorkers = (int) Math.round(socialWorkers * ASSESSMENT_AND_SAFEGUARDING_SHARE);
        this.assessmentTeams = teams("team-as", "as", assessmentWorkers);
        this.careTeams = teams("team-cic", "cic", socialWorkers - assessmentWorkers);
        this.earlyHelp = team("team-early-help", "eh", Math.max(1, earlyHelpPractitioners));
    }

    static Workforce of(int socialWorkers, int earlyHelpPractitioners) {
        return new Workforce(Math.max(2, socialWorkers), earlyHelpPractitioners);
    }

    Team frontDoor() {
        return frontDoor;
    }

    Team earlyHelp() {
        return earlyHelp;
    }

    Team assessmentTeam(Dice dice) {
        return dice.oneOf(assessmentTeams);
    }

    Team careTeam(Dice dice) {
        return dice.oneOf(careTeams);
    }

    Team assessmentTeamNamed(String id) {
        return assessmentTeams.stream().filter(team -> team.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No assessment team " + id));
    }

    /** The case-holding social workers' teams, whose workers are supervised. */
    List<Team> socialWorkTeams() {
        List<Team> teams = new ArrayList<>(assessmentTeams);
        teams.addAll(careTeams);
        return teams;
    }

    static String workerIn(Team team, Dice dice) {
        return dice.oneOf(team.workers());
    }

    private static List<Team> teams(String idPrefix, String userPrefix, int workers) {
        int count = Math.max(1, (int) Math.ceil(workers / (double) WORKERS_PER_TEAM));
        List<Team> teams = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            int size = Math.max(1, Math.min(WORKERS_PER_TEAM, workers - (number - 1) * WORKERS_PER_TEAM));
            String suffix = "%02d".formatted(number);
            teams.add(team(idPrefix + "-" + suffix, userPrefix + suffix, size));
        }
        return List.copyOf(teams);
    }

    private static Team team(String id, String userPrefix, int size) {
        List<String> workers = new ArrayList<>();
        for (int number = 1; number <= size; number++) {
            workers.add(userPrefix + ".worker" + number);
        }
        return new Team(id, userPrefix + ".manager", List.copyOf(workers));
    }
}
