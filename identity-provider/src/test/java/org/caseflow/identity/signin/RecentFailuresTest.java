package org.caseflow.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecentFailuresTest {

    static final Duration WINDOW = Duration.ofMinutes(15);

    final MovableClock clock = new MovableClock();
    final RecentFailures failures = new RecentFailures(5, WINDOW, clock);

    @Test
    void theLimitIsReachedByItsLastFailureWithinOneWindow() {
        failTimes("north.worker", 4, Duration.ofMinutes(1));
        assertThat(failures.limitReached("north.worker")).isFalse();

        failures.record("north.worker");

        assertThat(failures.limitReached("north.worker")).isTrue();
        assertThat(failures.limitReached("south.worker")).isFalse();
    }

    @Test
    void itHoldsUntilAWindowAfterTheLastFailure() {
        failTimes("north.worker", 5, Duration.ofMinutes(2));

        clock.advance(WINDOW.minusSeconds(1));
        assertThat(failures.limitReached("north.worker")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(failures.limitReached("north.worker")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanAWindowDoNotAddUp() {
        failTimes("north.worker", 5, Duration.ofMinutes(4));

        assertThat(failures.limitReached("north.worker")).isFalse();
    }

    @Test
    void aForgottenKeyStartsAgain() {
        failTimes("north.worker", 5, Duration.ZERO);

        failures.forget("north.worker");

        assertThat(failures.limitReached("north.worker")).isFalse();
    }

    @Test
    void nothingIsHeldOnceItsWindowHasPassed() {
        for (int i = 0; i < 1_000; i++) {
            failures.record("made-up-" + i);
        }
        assertThat(failures.remembered()).isEqualTo(1_000);

        clock.advance(WINDOW);

        assertThat(failures.remembered()).isZero();
    }

    @Test
    void noMoreThanTheMostKeysAreHeldWhateverIsTried() {
        for (int i = 0; i < RecentFailures.MAX_KEYS + 5_000; i++) {
            failures.record("made-up-" + i);
        }

        assertThat(failures.remembered()).isLessThanOrEqualTo(RecentFailures.MAX_KEYS);
    }

    private void failTimes(String key, int times, Duration apart) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                clock.advance(apart);
            }
            failures.record(key);
        }
    }
}
