package org.caseflow.support.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * How a directory user becomes a Spring Security principal: each group is an authority named
 * {@code GROUP_<group id>}, so rules read {@code hasAuthority("GROUP_team-managers")}.
 */
public final class CaseflowAuthorities {

    public static final String GROUP_PREFIX = "GROUP_";

    private CaseflowAuthorities() {
    }

    public static String group(String groupId) {
        return GROUP_PREFIX + groupId;
    }

    public static Authentication authenticated(CaseflowUser user) {
        List<GrantedAuthority> authorities = user.groups().stream()
                .<GrantedAuthority>map(groupId -> new SimpleGrantedAuthority(group(groupId)))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user.userId(), null, authorities);
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
}
