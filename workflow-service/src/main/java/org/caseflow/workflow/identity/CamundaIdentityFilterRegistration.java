package org.caseflow.workflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CamundaIdentityFilterRegistration {

    /** Runs after Spring Security has signed the caller in; the overdue page reads tasks as its reader, as the API does. */
    @Bean
    FilterRegistrationBean<CamundaIdentityFilter> camundaIdentityFilter(IdentityService identityService) {
        FilterRegistrationBean<CamundaIdentityFilter> registration =
                new FilterRegistrationBean<>(new CamundaIdentityFilter(identityService));
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/overdue");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
