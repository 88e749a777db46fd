package org.caseflow.kpi.config;

import static org.caseflow.support.security.CaseflowAuthorities.group;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.caseflow.kpi.report.ReportReaders;
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
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

@Configuration
class SecurityConfig {

    /**
     * The report page's pages load only their own stylesheet; they run no script, embed nothing and post nowhere
     * (the month picker is a GET form to the page itself).
     */
    static final String REPORT_PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    /**
     * KPIs are aggregates with no child-level personal data: every signed-in member of staff may read
     * them. Only performance officers and administrators change the population rates are based on, and the
     * catalogue's targets, tolerances and milestones.
     * Caseloads name each social worker and how many children they hold, which is for those who manage
     * the work: managers (of any team), performance officers and administrators, not social workers.
     * The report page is for its readers ({@link ReportReaders}); the children behind a figure only for those who
     * may see children.
     */
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new OrRequestMatcher(paths.matcher("/report"), paths.matcher("/report/**")),
                new StaticHeadersWriter("Content-Security-Policy", REPORT_PAGE_POLICY))));
        return ServiceSecurity.build(http, requests -> requests
                .requestMatchers(HttpMethod.PUT, "/api/kpi/population/**").hasAnyAuthority(
                        group(CaseflowGroups.PERFORMANCE_OFFICERS), group(CaseflowGroups.ADMINISTRATORS))
                // targets, tolerances and milestones are the performance team's to set each year, and who changed
                // them is theirs to see
                .requestMatchers(HttpMethod.PUT, "/api/kpi/catalogue/**").hasAnyAuthority(
                        group(CaseflowGroups.PERFORMANCE_OFFICERS), group(CaseflowGroups.ADMINISTRATORS))
                .requestMatchers("/api/kpi/catalogue/changes").hasAnyAuthority(
                        group(CaseflowGroups.PERFORMANCE_OFFICERS), group(CaseflowGroups.ADMINISTRATORS))
                .requestMatchers("/api/kpi/caseloads", "/api/kpi/caseloads/**").access(managersAndPerformance())
                .requestMatchers(HttpMethod.GET, "/report/measures/*/children").access(groupsAllow(ReportReaders::maySeeChildren))
                .requestMatchers(HttpMethod.GET, "/report", "/report/**").access(groupsAllow(ReportReaders::mayReadReport)));
    }

    /** A manager of any team (the role group, or a team's own managers' group), a performance officer or an administrator. */
    static AuthorizationManager<RequestAuthorizationContext> managersAndPerformance() {
        return groupsAllow(groups -> groups.stream().anyMatch(SecurityConfig::managesOrReadsPerformance));
    }

    /** Allowed when the signed-in caller's groups satisfy {@code rule}. */
    static AuthorizationManager<RequestAuthorizationContext> groupsAllow(Predicate<List<String>> rule) {
        return new AuthorizationManager<>() {
            @Override
            @SuppressWarnings("deprecation") // the one method to implement in this Spring Security; authorize() defaults to it
            public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext request) {
                Authentication who = authentication.get();
                return new AuthorizationDecision(who != null && who.isAuthenticated() && rule.test(CaseflowAuthorities.groupsOf(who)));
            }
        };
    }

    private static boolean managesOrReadsPerformance(String group) {
        return group.equals(CaseflowGroups.TEAM_MANAGERS) || CaseflowGroups.teamManagedBy(group).isPresent()
                || group.equals(CaseflowGroups.PERFORMANCE_OFFICERS) || group.equals(CaseflowGroups.ADMINISTRATORS);
    }
}
