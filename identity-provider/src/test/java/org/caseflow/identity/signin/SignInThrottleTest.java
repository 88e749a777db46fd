package org.caseflow.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.caseflow.identity.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

/**
 * Password guessing at the sign-in form, over real HTTP against the running provider with its
 * default limits (5 failures a username, 20 an address, in 15 minutes). The provider's clock is
 * one the test moves on, so the 15 minutes pass at once. Every request comes from 127.0.0.1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class SignInThrottleTest {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @TestConfiguration
    static class ProviderTime {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;

    @BeforeEach
    void earlierTestsFailuresAreLongPast() {
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void fortyWrongPasswordsThenTheRightOneIsRefused() {
        for (int attempt = 1; attempt <= 40; attempt++) {
            String expected = attempt < 5 ? "The username or password is not right." : "Too many sign-in attempts";
            assertThat(Browser.alertOn(signIn("north.worker", "guess-" + attempt))).as("attempt %d", attempt)
                    .hasValueSatisfying(message -> assertThat(message).startsWith(expected));
        }

        HttpResponse<String> rightPassword = signIn("north.worker", "demo");

        assertThat(Browser.codeFrom(rightPassword)).isEmpty();
        assertThat(rightPassword.uri().getQuery()).isEqualTo("throttled");
        assertThat(Browser.alertOn(rightPassword)).hasValue(
                "Too many sign-in attempts have been made. Please wait, then try again later.");
    }

    @Test
    void theRightPasswordWorksAgainOnceAWindowHasPassedSinceTheLastFailure() {
        failTimes("south.worker", 5);

        clock.advance(WINDOW.minusSeconds(1));
        assertThat(Browser.codeFrom(signIn("south.worker", "demo"))).as("just before the window ends").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(Browser.codeFrom(signIn("south.worker", "demo"))).as("once it has ended").isPresent();
    }

    @Test
    void aUsernameNoOneHasIsRefusedInTheSameWordsSoNothingIsRevealed() {
        failTimes("frontdoor.worker", 4);
        failTimes("no.such.person", 4);
        assertThat(Browser.alertOn(signIn("no.such.person", "guess")))
                .isEqualTo(Browser.alertOn(signIn("frontdoor.worker", "guess")));

        assertThat(Browser.alertOn(signIn("no.such.person", "demo")))
                .isEqualTo(Browser.alertOn(signIn("frontdoor.worker", "demo")))
                .hasValueSatisfying(message -> assertThat(message).startsWith("Too many sign-in attempts"));
    }

    @Test
    void changingTheCaseOfTheUsernameDoesNotEarnMoreGuesses() {
        for (String username : new String[] {"North.Manager", "NORTH.MANAGER", "north.Manager", "North.manager", "nORTH.mANAGER"}) {
            signIn(username, "guess");
        }

        assertThat(Browser.codeFrom(signIn("north.manager", "demo"))).isEmpty();
    }

    @Test
    void guessingAcrossManyUsernamesFromOneAddressStopsThatAddress() {
        for (int person = 0; person < 5; person++) {
            failTimes("made.up." + person, 4);
        }

        HttpResponse<String> someoneElse = signIn("admin", "demo");

        assertThat(Browser.codeFrom(someoneElse)).isEmpty();
        assertThat(Browser.alertOn(someoneElse)).hasValueSatisfying(message -> assertThat(message).startsWith("Too many"));
        clock.advance(WINDOW);
        assertThat(Browser.codeFrom(signIn("admin", "demo"))).isPresent();
    }

    @Test
    void signingInClearsTheUsernamesEarlierFailures() {
        failTimes("performance", 4);
        assertThat(Browser.codeFrom(signIn("performance", "demo"))).isPresent();

        failTimes("performance", 4);

        assertThat(Browser.codeFrom(signIn("performance", "demo"))).isPresent();
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(Browser.codeFrom(signIn(username, "wrong-" + i))).isEmpty();
        }
    }

    /** Each attempt from a browser of its own, as a guesser may. */
    private HttpResponse<String> signIn(String username, String password) {
        return new Browser(port).signIn(username, password);
    }
}
