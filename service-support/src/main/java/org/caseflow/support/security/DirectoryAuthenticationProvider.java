package org.caseflow.support.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** HTTP Basic sign-in for services that do not hold the user directory themselves. */
public class DirectoryAuthenticationProvider implements AuthenticationProvider {

    private final DirectoryClient directory;

    public DirectoryAuthenticationProvider(DirectoryClient directory) {
        this.directory = directory;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        return directory.authenticate(username, password)
                .map(CaseflowAuthorities::authenticated)
                .orElseThrow(() -> new BadCredentialsException("Unknown user or wrong password"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
