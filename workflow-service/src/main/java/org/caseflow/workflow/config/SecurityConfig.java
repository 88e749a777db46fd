package org.caseflow.workflow.config;

import org.caseflow.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain security(HttpSecurity http, AuthenticationProvider camundaDirectory) throws Exception {
        return ServiceSecurity.build(http, camundaDirectory, requests -> requests
                // Tasklist, Cockpit and Admin sign people in with Camunda's own login and session
                .requestMatchers("/camunda/**").permitAll());
    }
}
