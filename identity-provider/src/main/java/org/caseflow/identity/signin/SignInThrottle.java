package org.caseflow.identity.signin;

import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Stops password guessing at the sign-in form. After too many failed sign-ins for one username, or
 * from one client address, within a window, every further attempt for that username or from that
 * address is refused, even with the right password, until a window has passed since the last
 * failure. A successful sign-in clears its username's failures (not its address's: one person
 * signing in must not wipe the record of someone guessing from the same address).
 *
 * <p>Failures are counted for any username typed, whether or not such a person exists, so that
 * being refused says nothing about who has an account. State is in memory: this provider serves
 * local runs and demos, one instance at a time.
 */
@Component
public class SignInThrottle {

    /** No real username is longer; a longer one is cut, so that huge made-up names cost no more memory. */
    private static final int LONGEST_USERNAME = 256;

    private final RecentFailures byUsername;
    private final RecentFailures byAddress;

    /** @param clock the system clock unless the application defines one (tests move theirs on) */
    public SignInThrottle(SignInThrottleSettings settings, ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        this.byUsername = new RecentFailures(settings.maxFailuresPerUsername(), settings.window(), time);
        this.byAddress = new RecentFailures(settings.maxFailuresPerAddress(), settings.window(), time);
    }

    public boolean refuses(String username, String address) {
        return byUsername.limitReached(key(username)) || byAddress.limitReached(address);
    }

    public void failed(String username, String address) {
        byUsername.record(key(username));
        byAddress.record(address);
    }

    public void succeeded(String username) {
        byUsername.forget(key(username));
    }

    /** The user store matches names whatever their case, so "North.Worker" must count as "north.worker". */
    private static String key(String username) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return name.length() > LONGEST_USERNAME ? name.substring(0, LONGEST_USERNAME) : name;
    }
}
