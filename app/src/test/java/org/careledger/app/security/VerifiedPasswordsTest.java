package org.careledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class VerifiedPasswordsTest {
    private final CountingBcrypt bcrypt = new CountingBcrypt();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(10), 2, clock);
    private final String stored = bcrypt.encode("correct horse battery");

    @Test
    void aPasswordThatMatchedIsNotCheckedWithBcryptAgainWithinTheTtl() {
        assertThat(passwords.matches("correct horse battery", stored)).isTrue();
        assertThat(passwords.matches("correct horse battery", stored)).isTrue();
        assertThat(passwords.matches("correct horse battery", stored)).isTrue();

        assertThat(bcrypt.checks).isEqualTo(1);
    }

    @Test
    void wrongPasswordsAreCheckedWithBcryptEveryTimeAndNeverRemembered() {
        passwords.matches("correct horse battery", stored);

        assertThat(passwords.matches("wrong guess", stored)).isFalse();
        assertThat(passwords.matches("wrong guess", stored)).isFalse();

        assertThat(bcrypt.checks).isEqualTo(3);
    }

    @Test
    void aChangedPasswordHashIsCheckedAfresh() {
        passwords.matches("correct horse battery", stored);
        String changed = bcrypt.encode("a new password");

        assertThat(passwords.matches("correct horse battery", changed)).isFalse();
        assertThat(passwords.matches("a new password", changed)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(3);
    }

    @Test
    void aMatchIsForgottenWhenItsTtlHasPassed() {
        passwords.matches("correct horse battery", stored);
        clock.advance(Duration.ofMinutes(10));

        assertThat(passwords.matches("correct horse battery", stored)).isTrue();
        assertThat(bcrypt.checks).isEqualTo(2);
    }

    @Test
    void theLeastRecentlyUsedMatchGoesFirstWhenTheCacheIsFull() {
        String second = bcrypt.encode("second password");
        String third = bcrypt.encode("third password");
        passwords.matches("correct horse battery", stored);
        passwords.matches("second password", second);
        passwords.matches("correct horse battery", stored); // used again: the second is now the eldest
        passwords.matches("third password", third);
        int before = bcrypt.checks;

        passwords.matches("correct horse battery", stored);
        passwords.matches("second password", second);

        assertThat(bcrypt.checks - before).isEqualTo(1);
    }

    @Test
    void aZeroTtlTurnsTheMemoryOff() {
        var uncached = new VerifiedPasswords(bcrypt, Duration.ZERO, 10, clock);
        uncached.matches("correct horse battery", stored);
        uncached.matches("correct horse battery", stored);

        assertThat(bcrypt.checks).isEqualTo(2);
    }

    private static final class CountingBcrypt extends BCryptPasswordEncoder {
        int checks;

        CountingBcrypt() {
            super(4);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks++;
            return super.matches(rawPassword, encodedPassword);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
