package org.caseflow.workflow.identity;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class Administrators {

    /** Everything in Camunda is open to the administrators group, whoever the identity provider puts in it. */
    @Bean
    AdministratorAuthorizationPlugin administratorGroup() {
        AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
        plugin.setAdministratorGroupName(CaseflowGroups.ADMINISTRATORS);
        return plugin;
    }
}
