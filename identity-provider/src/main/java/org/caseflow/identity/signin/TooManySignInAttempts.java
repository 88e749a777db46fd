package org.caseflow.identity.signin;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because too many have failed just before it. */
public class TooManySignInAttempts extends AuthenticationException {

    public TooManySignInAttempts() {
        super("Too many sign-in attempts");
    }
}
