package org.caseflow.workflow.identity;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.caseflow.support.demo.DemoDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the demo teams and people into the directory once the engine is up ({@link DemoDirectory}
 * is empty outside the local profile), so that a team's social workers can be offered for
 * allocation before they have ever signed in. People sign in at the identity provider, so the
 * directory holds no passwords. Idempotent: a restart changes nothing.
 */
@Component
class DirectorySeeding {

    private final DirectoryWriter directory;
    private final DemoDirectory demoDirectory;

    DirectorySeeding(DirectoryWriter directory, DemoDirectory demoDirectory) {
        this.directory = directory;
        this.demoDirectory = demoDirectory;
    }

    @EventListener(PostDeployEvent.class)
    void seed() {
        demoDirectory.groups().forEach((id, name) -> directory.ensureGroup(id, name, Groups.GROUP_TYPE_WORKFLOW));
        demoDirectory.users().forEach((id, person) -> {
            directory.ensureUser(id, person.firstName(), person.lastName());
            person.groups().forEach(group -> directory.ensureMembership(id, group));
        });
    }
}
