package org.caseflow.workflow.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;

import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which Camunda webapps each role may open. Practitioners work in Tasklist; managers also watch
 * running journeys in Cockpit. Performance officers get neither: the webapps show children's
 * details, and they read aggregates through the KPI service instead.
 */
@Component
class WebappAccess {

    private final AccessGrants grants;

    WebappAccess(AccessGrants grants) {
        this.grants = grants;
    }

    @EventListener(PostDeployEvent.class)
    void grantWebappAccess() {
        grants.grant(CaseflowGroups.SOCIAL_WORKERS, APPLICATION, "tasklist", ACCESS);
        grants.grant(CaseflowGroups.TEAM_MANAGERS, APPLICATION, "tasklist", ACCESS);
        grants.grant(CaseflowGroups.TEAM_MANAGERS, APPLICATION, "cockpit", ACCESS);
    }
}
