package org.caseflow.support.security;

import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * How a token from the identity provider becomes a Spring Security principal. The person is named
 * by {@code preferred_username} (a service account by its client id, the subject); each entry of
 * the {@code groups} claim becomes an authority {@code GROUP_<group id>}, so rules read
 * {@code hasAuthority("GROUP_team-managers")}. Groups carry both the team ({@code team-north}) and
 * the role ({@code team-managers}).
 */
public final class CaseflowAuthorities {

    public static final String GROUP_PREFIX = "GROUP_";
    public static final String GROUPS_CLAIM = "groups";
    public static final String USERNAME_CLAIM = "preferred_username";

    private CaseflowAuthorities() {
    }

    public static String group(String groupId) {
        return GROUP_PREFIX + groupId;
    }

    public static Converter<Jwt, AbstractAuthenticationToken> fromToken() {
        JwtGrantedAuthoritiesConverter groups = new JwtGrantedAuthoritiesConverter();
        groups.setAuthoritiesClaimName(GROUPS_CLAIM);
        groups.setAuthorityPrefix(GROUP_PREFIX);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(groups);
        converter.setPrincipalClaimName(USERNAME_CLAIM);
        return jwt -> converter.convert(jwt.hasClaim(USERNAME_CLAIM) ? jwt : withUsernameFromSubject(jwt));
    }

    /** The group ids behind an authentication's authorities. */
    public static List<String> groupsOf(Authentication authentication) {
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(name -> name.startsWith(GROUP_PREFIX))
                .map(name -> name.substring(GROUP_PREFIX.length()))
                .toList();
    }

    /** Client-credentials tokens name the client only as their subject. */
    private static Jwt withUsernameFromSubject(Jwt jwt) {
        return Jwt.withTokenValue(jwt.getTokenValue())
                .headers(headers -> headers.putAll(jwt.getHeaders()))
                .claims(claims -> {
                    claims.putAll(jwt.getClaims());
                    claims.put(USERNAME_CLAIM, jwt.getSubject());
                })
                .build();
    }
}
