package org.caseflow.support.security;

import java.util.Optional;

/**
 * Directory groups that carry a role. Teams ({@code front-door}, {@code team-north} …) are groups
 * too; their ids come from the directory and the BPMN candidate groups, not from code.
 */
public final class CaseflowGroups {

    public static final String SOCIAL_WORKERS = "social-workers";
    public static final String TEAM_MANAGERS = "team-managers";
    public static final String PERFORMANCE_OFFICERS = "performance-officers";
    /**
     * Early Help practitioners: a team and a role. They see Early Help work and the Early Help
     * record only, not social care's; their managers are {@code early-help-managers}.
     */
    public static final String EARLY_HELP = "early-help";
    /** Camunda's own administrators group; membership comes from the identity provider's groups claim. */
    public static final String ADMINISTRATORS = "camunda-admin";
    /** Other Caseflow services, reading the journey event feed. */
    public static final String SERVICES = "caseflow-services";
    /** Prometheus, scraping metrics. */
    public static final String MONITORING = "monitoring";

    private static final String MANAGERS_SUFFIX = "-managers";

    private CaseflowGroups() {
    }

    /** A team's managers are the group named after the team: {@code team-north-managers}. */
    public static String managersOf(String team) {
        return team + MANAGERS_SUFFIX;
    }

    /** The team a managers' group manages ({@code team-north-managers}: {@code team-north}), else empty. */
    public static Optional<String> teamManagedBy(String group) {
        return group.endsWith(MANAGERS_SUFFIX) && group.length() > MANAGERS_SUFFIX.length() && !group.equals(TEAM_MANAGERS)
                ? Optional.of(group.substring(0, group.length() - MANAGERS_SUFFIX.length()))
                : Optional.empty();
    }
}
