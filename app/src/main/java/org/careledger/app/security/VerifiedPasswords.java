package org.careledger.app.security;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder behind HTTP Basic, remembering for a while which password matched which stored hash, so a
 * client sending the same credentials with every request pays bcrypt's deliberate cost once, not on every call.
 *
 * <p>Only matches are remembered, never failures, so guessing stays as slow as bcrypt makes it. A remembered match is
 * keyed by an HMAC, under a key made at start-up and never stored, of the stored hash and the offered password: the
 * cache holds no password and nothing that can be checked offline. The user account is still read on every request,
 * so a disabled account is refused at once, and a changed password changes the stored hash and with it the key.
 * Entries expire after {@code ttl}; at most {@code maxEntries} are kept, the least recently used going first.
 */
final class VerifiedPasswords implements PasswordEncoder {
    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> matches;

    VerifiedPasswords(PasswordEncoder delegate, Duration ttl, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.matches = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > VerifiedPasswords.this.maxEntries;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || ttl.isZero()) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = fingerprint(rawPassword, encodedPassword);
        Instant now = clock.instant();
        synchronized (matches) {
            Instant expires = matches.get(entry);
            if (expires != null && now.isBefore(expires)) {
                return true;
            }
            matches.remove(entry);
        }
        boolean matched = delegate.matches(rawPassword, encodedPassword);
        if (matched) {
            synchronized (matches) {
                matches.put(entry, now.plus(ttl));
            }
        }
        return matched;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
