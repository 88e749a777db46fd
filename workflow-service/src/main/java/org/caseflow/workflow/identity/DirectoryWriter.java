package org.caseflow.workflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Creates users, groups and memberships in the Camunda directory, leaving what already exists alone. */
@Component
class DirectoryWriter {

    private final IdentityService identityService;

    DirectoryWriter(IdentityService identityService) {
        this.identityService = identityService;
    }

    void ensureGroup(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    /** Creates the user, or resets the password when the configured one has changed. */
    void ensureUser(String id, String firstName, String lastName, String password) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            identityService.saveUser(user);
        } else if (!identityService.checkPassword(id, password)) {
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.unlockUser(id);
        }
    }

    void ensureMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
