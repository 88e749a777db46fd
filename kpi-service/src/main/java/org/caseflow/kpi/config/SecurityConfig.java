package org.caseflow.kpi.config;

import static org.caseflow.support.security.CaseflowAuthorities.group;

import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
class SecurityConfig {

    /**
     * KPIs are aggregates with no child-level personal data: every signed-in member of staff may read
     * them. Only performance officers and administrators change the population rates are based on.
     */
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return ServiceSecurity.build(http, requests -> requests
                .requestMatchers(HttpMethod.PUT, "/api/kpi/population/**").hasAnyAuthority(
                        group(CaseflowGroups.PERFORMANCE_OFFICERS), group(CaseflowGroups.ADMINISTRATORS)));
    }
}
