package org.caseflow.gateway;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.caseflow.support.security.CaseflowAuthorities;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration
class StartPage {

    static final String TASKLIST = "/camunda/app/tasklist/";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The groups whose people have work in Tasklist; the rest may not open it. */
    private static final List<String> TASKLIST_GROUPS = List.of(CaseflowGroups.SOCIAL_WORKERS, CaseflowGroups.TEAM_MANAGERS,
            CaseflowGroups.ADMINISTRATORS);

    /**
     * Where a person lands after signing in: their work. Practitioners and managers work in
     * Tasklist; a performance officer, who has no tasks and may not open Tasklist, reads the
     * measures of the last reported month.
     */
    @Bean
    RouterFunction<ServerResponse> landing() {
        return route(GET("/"), request -> request.principal()
                .map(principal -> landingFor(((Authentication) principal).getAuthorities()))
                .defaultIfEmpty(URI.create(TASKLIST))
                .flatMap(landing -> ServerResponse.temporaryRedirect(landing).build()));
    }

    static URI landingFor(Collection<? extends GrantedAuthority> authorities) {
        List<String> groups = authorities.stream().map(GrantedAuthority::getAuthority).toList();
        boolean hasTasks = TASKLIST_GROUPS.stream().map(CaseflowAuthorities::group).anyMatch(groups::contains);
        boolean readsMeasures = groups.contains(CaseflowAuthorities.group(CaseflowGroups.PERFORMANCE_OFFICERS));
        return !hasTasks && readsMeasures
                ? URI.create("/api/kpi/measures?month=" + YearMonth.now(LONDON).minusMonths(1))
                : URI.create(TASKLIST);
    }
}
