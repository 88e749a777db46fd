package org.caseflow.casework.config;

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

    /** The fostering team, as the directory and the foster-carer journey name it; its managers are {@code team-fostering-managers}. */
    private static final String FOSTERING_TEAM = "team-fostering";

    /**
     * Children's records hold personal data: practitioners and their managers only. Managers alone
     * read the audit trail, restrict records and change a child's identity. Restricted records, and
     * the records of children looked after, are narrowed further per child ({@code ChildAccess}).
     *
     * <p>Early Help practitioners ({@code early-help}) and their managers read only a child's Early
     * Help record, and which children it opens to them is narrowed per child too
     * ({@code earlyhelp.EarlyHelpAccess}); every other view of a child is social care's, and refused
     * to them by role. The count of open cases is aggregate, for those who manage and report on the
     * service; it is not given to Early Help, as it would tell them social care's numbers.
     *
     * <p>The child's record as a page ({@code /children/{id}}) and the search for a child ({@code /children?q=})
     * open to the people the JSON reads of a child open to, and are narrowed per child by the same rules.
     *
     * <p>The statutory returns (the CIN census, SSDA903, Annex A) are how children's personal data leaves
     * Caseflow: performance officers, who make them, and administrators download them, and nobody else.
     * The data-quality page and the on-demand run of the DfE rules go with them; the page lists LA child
     * ids, never names.
     *
     * <p>The foster carer register names households and their workers: it is the fostering team's
     * own record, read by its members, its managers and administrators. It is not an aggregate, so
     * performance officers, who see no personal data, do not read it; nor do other teams' workers or
     * managers. Carers are not children, so none of the per-child rules apply to it.
     */
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return ServiceSecurity.build(http, requests -> requests
                .requestMatchers("/api/casework/children/*/audit", "/api/casework/children/*/restriction").hasAnyAuthority(
                        group(CaseflowGroups.TEAM_MANAGERS), group(CaseflowGroups.ADMINISTRATORS))
                .requestMatchers(HttpMethod.PUT, "/api/casework/children/*/identity").hasAnyAuthority(
                        group(CaseflowGroups.TEAM_MANAGERS), group(CaseflowGroups.ADMINISTRATORS))
                .requestMatchers(HttpMethod.GET, "/api/casework/children/*/early-help").hasAnyAuthority(
                        group(CaseflowGroups.EARLY_HELP),
                        group(CaseflowGroups.managersOf(CaseflowGroups.EARLY_HELP)),
                        group(CaseflowGroups.SOCIAL_WORKERS),
                        group(CaseflowGroups.TEAM_MANAGERS),
                        group(CaseflowGroups.ADMINISTRATORS))
                .requestMatchers("/api/casework/foster-carers", "/api/casework/foster-carers/**").hasAnyAuthority(
                        group(FOSTERING_TEAM),
                        group(CaseflowGroups.managersOf(FOSTERING_TEAM)),
                        group(CaseflowGroups.ADMINISTRATORS))
                .requestMatchers(HttpMethod.GET, "/api/casework/open-cases").hasAnyAuthority(
                        group(CaseflowGroups.TEAM_MANAGERS),
                        group(CaseflowGroups.PERFORMANCE_OFFICERS),
                        group(CaseflowGroups.ADMINISTRATORS))
                .requestMatchers("/api/casework/returns/**", "/api/casework/data-quality/**", "/data-quality").hasAnyAuthority(
                        group(CaseflowGroups.PERFORMANCE_OFFICERS),
                        group(CaseflowGroups.ADMINISTRATORS))
                .requestMatchers("/api/casework/**", "/children", "/children/**").hasAnyAuthority(
                        group(CaseflowGroups.SOCIAL_WORKERS),
                        group(CaseflowGroups.TEAM_MANAGERS),
                        group(CaseflowGroups.ADMINISTRATORS)));
    }
}
