package org.careledger.app.integrity;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event chain and its signed checkpoints (docs/integrity.md, docs/operations.md).
 *
 * @param directory where the signing key pair is generated and kept, retired public keys are looked
 *     for ({@code retired/*.pub}), and the checkpoint file lives unless {@code checkpoints.file} says
 *     otherwise
 * @param fetchSize rows read per round trip while verifying
 */
@ConfigurationProperties("careledger.integrity")
record IntegrityProperties(
        @DefaultValue("./data/integrity") Path directory,
        @DefaultValue Checkpoints checkpoints,
        @DefaultValue Signing signing,
        @DefaultValue("500") int fetchSize) {

    /**
     * @param store {@code file} (a JSON-lines file, append-only) or {@code database} (the
     *     {@code integrity_checkpoint} table)
     * @param file the checkpoint file; {@code <directory>/checkpoints.jsonl} when not set
     * @param everyEvents sign a checkpoint once this many events have been appended since the last one
     * @param interval sign a checkpoint this often when the chain has grown
     */
    record Checkpoints(@DefaultValue("file") Store store, Path file, @DefaultValue("1000") int everyEvents,
            @DefaultValue("PT5M") Duration interval) {}

    enum Store { FILE, DATABASE }

    /**
     * A key pair supplied from outside (PEM or bare base64: PKCS#8 private key, X.509 public key); when
     * both are empty the pair in {@code directory} is used, and generated at first start.
     */
    record Signing(String privateKey, String publicKey) {}

    Path checkpointFile() {
        return checkpoints.file() != null ? checkpoints.file() : directory.resolve("checkpoints.jsonl");
    }
}
