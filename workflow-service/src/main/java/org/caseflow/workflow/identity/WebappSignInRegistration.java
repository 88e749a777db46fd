package org.caseflow.workflow.identity;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WebappSignInRegistration {

    /** After Spring Security has checked the token the gateway relayed. */
    @Bean
    FilterRegistrationBean<WebappSignInFilter> webappSignIn() {
        FilterRegistrationBean<WebappSignInFilter> registration = new FilterRegistrationBean<>(new WebappSignInFilter());
        registration.addInitParameter("authentication-provider", WebappSignIn.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Before the webapps' own sign-in filter sees the request. */
    @Bean
    FilterRegistrationBean<NoWebappLogin> noWebappLogin() {
        FilterRegistrationBean<NoWebappLogin> registration = new FilterRegistrationBean<>(new NoWebappLogin());
        registration.addUrlPatterns("/camunda/api/admin/auth/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
