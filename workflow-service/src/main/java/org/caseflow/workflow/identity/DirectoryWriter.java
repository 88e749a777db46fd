package org.caseflow.workflow.identity;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Keeps people, groups and memberships in the Camunda directory, changing only what differs. */
@Component
public class DirectoryWriter {

    private final IdentityService identityService;

    DirectoryWriter(IdentityService identityService) {
        this.identityService = identityService;
    }

    public static DirectoryWriter of(IdentityService identityService) {
        return new DirectoryWriter(identityService);
    }

    /** A group with this name and type; a group that signed-in people brought first gets its configured name and type. */
    void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    void ensureUser(String id, String firstName, String lastName) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            identityService.saveUser(user);
        }
    }

    void ensureMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }

    /**
     * Makes the directory agree with what the identity provider says of a person who has just
     * signed in: they exist, and they are in exactly these groups. Caseflow writes this on the
     * provider's word, as the application: a person never writes the directory (the engine guard
     * refuses it), so any sign-in in progress is set aside meanwhile.
     */
    public void syncPerson(String userId, String firstName, String lastName, Collection<String> groups) {
        AsTheApplication.run(identityService, () -> {
            writePerson(userId, firstName, lastName, groups);
            return null;
        });
    }

    private void writePerson(String userId, String firstName, String lastName, Collection<String> groups) {
        ensureUser(userId, firstName, lastName);
        Set<String> current = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        for (String group : groups) {
            if (!current.contains(group)) {
                if (identityService.createGroupQuery().groupId(group).count() == 0) {
                    // a group only the identity provider knows: named by its id until configured
                    ensureGroup(group, group, org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW);
                }
                identityService.createMembership(userId, group);
            }
        }
        current.stream().filter(group -> !groups.contains(group))
                .forEach(group -> identityService.deleteMembership(userId, group));
    }
}
