package org.caseflow.identity.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's password check, behind the {@link SignInThrottle}: a throttled attempt is
 * refused before its password is looked at, and every wrong password counts against its username
 * and its address.
 */
public class ThrottledPasswordSignIn implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final AuthenticationProvider passwordCheck;

    public ThrottledPasswordSignIn(SignInThrottle throttle, AuthenticationProvider passwordCheck) {
        this.throttle = throttle;
        this.passwordCheck = passwordCheck;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = addressOf(attempt);
        if (throttle.refuses(username, address)) {
            throw new TooManySignInAttempts();
        }
        try {
            Authentication signedIn = passwordCheck.authenticate(attempt);
            throttle.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException wrongPassword) {
            throttle.failed(username, address);
            // the attempt that reaches the limit already says so, rather than leaving the next to
            if (throttle.refuses(username, address)) {
                throw new TooManySignInAttempts();
            }
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * The address the connection came from. Forwarded-for headers are not trusted (the provider sits
     * behind no proxy), so a guesser cannot claim a new address with each attempt.
     */
    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
