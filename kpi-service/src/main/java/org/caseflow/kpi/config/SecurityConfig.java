package org.caseflow.kpi.config;

import static org.caseflow.support.security.CaseflowAuthorities.group;

import java.util.function.Supplier;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.caseflow.support.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

@Configuration
class SecurityConfig {

    /**
     * KPIs are aggregates with no child-level personal data: every signed-in member of staff may read
     * them. Only performance officers and administrators change the population rates are based on.
     * Caseloads name each social worker and how many children they hold, which is for those who manage
     * the work: managers (of any team), performance officers and administrators, not social workers.
     */
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return ServiceSecurity.build(http, requests -> requests
                .requestMatchers(HttpMethod.PUT, "/api/kpi/population/**").hasAnyAuthority(
                        group(CaseflowGroups.PERFORMANCE_OFFICERS), group(CaseflowGroups.ADMINISTRATORS))
                .requestMatchers("/api/kpi/caseloads", "/api/kpi/caseloads/**").access(managersAndPerformance()));
    }

    /** A manager of any team (the role group, or a team's own managers' group), a performance officer or an administrator. */
    static AuthorizationManager<RequestAuthorizationContext> managersAndPerformance() {
        return new AuthorizationManager<>() {
            @Override
            @SuppressWarnings("deprecation") // the one method to implement in this Spring Security; authorize() defaults to it
            public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext request) {
                Authentication who = authentication.get();
                boolean allowed = who != null && who.isAuthenticated() && CaseflowAuthorities.groupsOf(who).stream()
                        .anyMatch(SecurityConfig::managesOrReadsPerformance);
                return new AuthorizationDecision(allowed);
            }
        };
    }

    private static boolean managesOrReadsPerformance(String group) {
        return group.equals(CaseflowGroups.TEAM_MANAGERS) || CaseflowGroups.teamManagedBy(group).isPresent()
                || group.equals(CaseflowGroups.PERFORMANCE_OFFICERS) || group.equals(CaseflowGroups.ADMINISTRATORS);
    }
}
