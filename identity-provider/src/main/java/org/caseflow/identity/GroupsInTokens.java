package org.caseflow.identity;

import java.util.List;
import org.caseflow.support.directory.Directory;
import org.caseflow.support.security.CaseflowAuthorities;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts what the services need into every token: {@code preferred_username}, the person's name, and
 * the {@code groups} claim that Caseflow's authorization reads (teams and roles for a person; the
 * configured groups for a service account). A council's provider must be set up to do the same.
 * Part of {@link TokenClaims}.
 */
class GroupsInTokens implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Directory directory;
    private final ClientGroups clientGroups;

    GroupsInTokens(Directory directory, ClientGroups clientGroups) {
        this.directory = directory;
        this.clientGroups = clientGroups;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            String client = context.getRegisteredClient().getClientId();
            context.getClaims().claim(CaseflowAuthorities.USERNAME_CLAIM, client)
                    .claim(CaseflowAuthorities.GROUPS_CLAIM, clientGroups.of(client));
            return;
        }
        Authentication person = context.getPrincipal();
        List<String> groups = CaseflowAuthorities.groupsOf(person);
        context.getClaims().claim(CaseflowAuthorities.USERNAME_CLAIM, person.getName())
                .claim(CaseflowAuthorities.GROUPS_CLAIM, groups);
        Directory.Person known = directory.people().get(person.getName());
        if (known != null) {
            context.getClaims().claim("name", known.name())
                    .claim("given_name", known.firstName())
                    .claim("family_name", known.lastName());
        }
    }
}
