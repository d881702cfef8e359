package org.careledger.app.integrity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tamper evidence for auditors (docs/integrity.md): verify the event chain, read the key that signs
 * checkpoints, and read the latest checkpoints to keep copies of or check independently. Reports name
 * global indexes and event identifiers only, never event content.
 */
@RestController
@RequestMapping("/api/v1/audit/integrity")
class IntegrityController {
    private static final int MAX_CHECKPOINTS = 1000;

    private final ObjectProvider<ChainVerifier> verifier;
    private final ObjectProvider<SigningKeys> keys;
    private final ObjectProvider<CheckpointStore> checkpoints;

    IntegrityController(ObjectProvider<ChainVerifier> verifier, ObjectProvider<SigningKeys> keys,
            ObjectProvider<CheckpointStore> checkpoints) {
        this.verifier = verifier;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    record PublicKey(String algorithm, String keyId, String pem) {}

    record SigningKeysView(PublicKey current, List<PublicKey> retired) {}

    record CheckpointView(long globalIndex, String eventIdentifier, String hash, String signedAt, String keyId,
            String signature, String signedText) {}

    /** Recomputes the whole chain; 200 whether it is INTACT or BROKEN. */
    @GetMapping
    IntegrityReport verify() {
        return available(verifier).verify();
    }

    /** The public key that signs new checkpoints, and the retired ones that still verify old checkpoints. */
    @GetMapping("/public-key")
    SigningKeysView publicKey() {
        SigningKeys signing = available(keys);
        List<PublicKey> retired = signing.verifyingKeys().entrySet().stream()
                .filter(key -> !key.getKey().equals(signing.keyId())).sorted(Map.Entry.comparingByKey())
                .map(key -> view(key.getValue())).toList();
        return new SigningKeysView(view(signing.publicKey()), retired);
    }

    /** The most recent checkpoints, oldest first, each with the exact text its signature covers. */
    @GetMapping("/checkpoints")
    List<CheckpointView> checkpoints(@RequestParam(defaultValue = "20") int limit) {
        List<Checkpoint> all = available(checkpoints).all();
        int count = Math.max(1, Math.min(limit, MAX_CHECKPOINTS));
        return all.subList(Math.max(0, all.size() - count), all.size()).stream()
                .sorted(Comparator.comparingLong(Checkpoint::globalIndex))
                .map(c -> new CheckpointView(c.globalIndex(), c.eventIdentifier(), c.hash(), c.signedAt(), c.keyId(),
                        c.signature(), c.signedText()))
                .toList();
    }

    private static PublicKey view(java.security.PublicKey key) {
        return new PublicKey(SigningKeys.ALGORITHM, SigningKeys.idOf(key), SigningKeys.pem(key));
    }

    private static <T> T available(ObjectProvider<T> provider) {
        T bean = provider.getIfAvailable();
        if (bean == null) {
            throw new IntegrityCheckNotAvailable();
        }
        return bean;
    }
}
