package org.jixiao.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle alone, on a clock the test moves. */
class LoginThrottleTests {

    /** A clock that only moves when told to. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-03-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name);
        }
    }

    @Test
    void fiveWrongPasswordsLockTheNameFourDoNot() {
        fail("demo-unit", 4);
        assertThat(throttle.isLocked("demo-unit")).isFalse();
        throttle.failed("demo-unit");
        assertThat(throttle.isLocked("demo-unit")).isTrue();
        // the name, however it is typed; other names are not affected
        assertThat(throttle.isLocked(" DEMO-UNIT ")).isTrue();
        assertThat(throttle.isLocked("demo-reviewer")).isFalse();
    }

    @Test
    void theLockLastsFifteenMinutes() {
        fail("demo-unit", 5);
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.isLocked("demo-unit")).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isLocked("demo-unit")).isFalse();
        // after the lock, counting starts again: one more failure does not lock
        throttle.failed("demo-unit");
        assertThat(throttle.isLocked("demo-unit")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        fail("demo-unit", 4);
        throttle.succeeded("demo-unit");
        fail("demo-unit", 4);
        assertThat(throttle.isLocked("demo-unit")).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        fail("demo-unit", 4);
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("demo-unit");
        assertThat(throttle.isLocked("demo-unit")).isFalse();
        fail("demo-unit", 3);
        assertThat(throttle.isLocked("demo-unit")).isFalse();
        throttle.failed("demo-unit");
        assertThat(throttle.isLocked("demo-unit")).isTrue();
    }
}
