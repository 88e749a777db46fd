package org.caseflow.kpi.config;

import org.caseflow.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
class SecurityConfig {

    /** KPIs are aggregates with no child-level personal data: every signed-in member of staff may read them. */
    @Bean
    SecurityFilterChain security(HttpSecurity http, AuthenticationProvider directory) throws Exception {
        return ServiceSecurity.build(http, directory, requests -> { });
    }
}
