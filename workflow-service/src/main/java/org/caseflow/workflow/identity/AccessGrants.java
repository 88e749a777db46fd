package org.caseflow.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants Camunda permissions to a group, adding to what it already has. */
@Component
public class AccessGrants {

    private final AuthorizationService authorizations;

    AccessGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
