package org.caseflow.workflow.config;

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
     * Tasklist, Cockpit and Admin ({@code /camunda/**}) need a token like everything else: the
     * gateway relays the one its signed-in user holds, and {@code WebappSignIn} opens the webapps
     * with it.
     */
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return ServiceSecurity.build(http, requests -> requests
                // the feed carries children's details: for the services that keep records, and administrators
                .requestMatchers("/api/workflow/events/**").hasAnyAuthority(
                        group(CaseflowGroups.SERVICES), group(CaseflowGroups.ADMINISTRATORS))
                // late work by team and worker, and what falls due next, for the people who answer for it:
                // as data and as the managers' page
                .requestMatchers("/api/workflow/overdue", "/api/workflow/overdue/forecast", "/overdue").hasAnyAuthority(group(CaseflowGroups.TEAM_MANAGERS),
                        group(CaseflowGroups.managersOf(CaseflowGroups.EARLY_HELP)), group(CaseflowGroups.ADMINISTRATORS))
                .requestMatchers(HttpMethod.POST, "/api/workflow/contacts").hasAnyAuthority(
                        group(CaseflowGroups.SOCIAL_WORKERS), group(CaseflowGroups.TEAM_MANAGERS))
                // the decision to hold a strategy discussion is a manager's (of the referral's team, checked there)
                .requestMatchers(HttpMethod.POST, "/api/workflow/referrals/*/strategy-discussion").hasAnyAuthority(
                        group(CaseflowGroups.TEAM_MANAGERS)));
    }
}
