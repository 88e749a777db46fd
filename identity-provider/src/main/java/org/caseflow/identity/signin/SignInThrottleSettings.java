package org.caseflow.identity.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed before the provider stops checking passwords for a while.
 *
 * @param maxFailuresPerUsername failures for one username, within one window, that stop its sign-ins
 * @param maxFailuresPerAddress  failures from one client address, within one window, that stop its sign-ins
 *                               (guessing across many usernames)
 * @param window                 how close together the failures must be, and how long after the last
 *                               of them sign-ins stay refused
 */
@ConfigurationProperties("caseflow.identity-provider.sign-in-throttle")
public record SignInThrottleSettings(
        @DefaultValue("5") int maxFailuresPerUsername,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window) {

    public SignInThrottleSettings {
        if (maxFailuresPerUsername < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Sign-in throttling needs limits of at least 1 and a window longer than zero");
        }
    }
}
