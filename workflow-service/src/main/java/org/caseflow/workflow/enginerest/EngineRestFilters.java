package org.caseflow.workflow.enginerest;

import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EngineRestFilters {

    /** After sign-in and after the engine knows who is asking ({@code CamundaIdentityFilter}). */
    @Bean
    FilterRegistrationBean<UnknownTaskFilter> unknownTaskFilter(TaskService tasks) {
        FilterRegistrationBean<UnknownTaskFilter> registration = new FilterRegistrationBean<>(new UnknownTaskFilter(tasks));
        registration.addUrlPatterns("/engine-rest/task/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
        return registration;
    }
}
