package org.caseflow.workflow.identity;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the directory once the engine is up: the service accounts always, the demo teams and
 * people only in the local profile (where {@link DemoDirectory} is configured). Every step is
 * idempotent, so a restart changes nothing.
 */
@Component
class DirectorySeeding {

    private final DirectoryWriter directory;
    private final ServiceAccounts serviceAccounts;
    private final ObjectProvider<DemoDirectory> demoDirectory;

    DirectorySeeding(DirectoryWriter directory, ServiceAccounts serviceAccounts, ObjectProvider<DemoDirectory> demoDirectory) {
        this.directory = directory;
        this.serviceAccounts = serviceAccounts;
        this.demoDirectory = demoDirectory;
    }

    @EventListener(PostDeployEvent.class)
    void seed() {
        seedServiceAccounts();
        demoDirectory.ifAvailable(this::seedDemo);
    }

    private void seedServiceAccounts() {
        serviceAccounts.serviceAccounts().forEach((id, account) -> {
            if (!account.enabled()) {
                return;
            }
            directory.ensureUser(id, id, "(service account)", account.password());
            account.groups().forEach(group -> {
                directory.ensureGroup(group, group, Groups.GROUP_TYPE_SYSTEM);
                directory.ensureMembership(id, group);
            });
        });
    }

    private void seedDemo(DemoDirectory demo) {
        if (demo.password() == null || demo.users().isEmpty()) {
            return;
        }
        demo.groups().forEach((id, name) -> directory.ensureGroup(id, name, Groups.GROUP_TYPE_WORKFLOW));
        demo.users().forEach((id, person) -> {
            directory.ensureUser(id, person.firstName(), person.lastName(), demo.password());
            person.groups().forEach(group -> directory.ensureMembership(id, group));
        });
    }
}
