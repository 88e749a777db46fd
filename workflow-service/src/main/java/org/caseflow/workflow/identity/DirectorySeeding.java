package org.caseflow.workflow.identity;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.caseflow.support.directory.Directory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the configured teams and people ({@link Directory}, {@code caseflow.directory}) into the
 * engine's directory once the engine is up, so that a team's social workers can be offered for
 * allocation before they have ever signed in, and the teams that take referrals are offered at the
 * front door. People sign in at the identity provider, so the directory holds no passwords.
 * Idempotent: a restart changes nothing.
 */
@Component
class DirectorySeeding {

    private final DirectoryWriter directory;
    private final Directory configured;

    DirectorySeeding(DirectoryWriter directory, Directory configured) {
        this.directory = directory;
        this.configured = configured;
    }

    @EventListener(PostDeployEvent.class)
    void seed() {
        configured.groups().forEach((id, name) -> directory.ensureGroup(id, name,
                configured.assessmentTeams().contains(id) ? TeamDirectory.ASSESSMENT_TEAM
                        : configured.careTeams().contains(id) ? TeamDirectory.CARE_TEAM : Groups.GROUP_TYPE_WORKFLOW));
        configured.people().forEach((id, person) -> {
            directory.ensureUser(id, person.firstName(), person.lastName());
            person.groups().forEach(group -> directory.ensureMembership(id, group));
        });
    }
}
