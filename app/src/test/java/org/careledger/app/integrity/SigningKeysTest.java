package org.careledger.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {
    private static final String TEXT = Checkpoint.signedText(42, "event-42", "ab".repeat(32), "2026-01-02T03:04:05.678Z");

    @TempDir
    Path directory;

    @Test
    void aKeyPairIsGeneratedAtFirstStartWithAPrivateFileOnlyTheOwnerMayRead() throws Exception {
        SigningKeys first = SigningKeys.load(properties(null, null));
        SigningKeys again = SigningKeys.load(properties(null, null));

        Path privateFile = directory.resolve(SigningKeys.PRIVATE_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile))).isEqualTo("rw-------");
        assertThat(Files.readString(privateFile)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(again.keyId()).isEqualTo(first.keyId()).matches("[0-9a-f]{16}");
        assertThat(again.verify(first.keyId(), TEXT, first.sign(TEXT))).isTrue();
    }

    @Test
    void aSignatureVerifiesWithThePublishedPublicKeyAndPlainJdkCode() throws Exception {
        SigningKeys keys = SigningKeys.load(properties(null, null));
        String published = Files.readString(directory.resolve(SigningKeys.PUBLIC_FILE));

        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(SigningKeys.publicKey(published));
        check.update(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(check.verify(Base64.getDecoder().decode(keys.sign(TEXT)))).isTrue();
        assertThat(published).isEqualTo(SigningKeys.pem(keys.publicKey())).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void anAlteredTextAForeignSignatureOrAnUnknownKeyNeverVerifies() {
        SigningKeys keys = SigningKeys.load(properties(null, null));
        SigningKeys stranger = new SigningKeys(SigningKeys.generate(), java.util.List.of());
        String signature = keys.sign(TEXT);

        assertThat(keys.verify(keys.keyId(), TEXT.replace("42", "43"), signature)).isFalse();
        assertThat(keys.verify(keys.keyId(), TEXT, stranger.sign(TEXT))).isFalse();
        assertThat(keys.verify(stranger.keyId(), TEXT, stranger.sign(TEXT))).isFalse();
        assertThat(keys.verify(keys.keyId(), TEXT, "not base64!")).isFalse();
        assertThat(keys.verify(keys.keyId(), TEXT, null)).isFalse();
    }

    @Test
    void afterARotationARetiredPublicKeyStillVerifiesItsCheckpoints() throws Exception {
        SigningKeys old = SigningKeys.load(properties(null, null));
        String oldSignature = old.sign(TEXT);
        Files.createDirectories(directory.resolve("retired"));
        Files.move(directory.resolve(SigningKeys.PUBLIC_FILE), directory.resolve("retired").resolve("2026-01.pub"));
        Files.delete(directory.resolve(SigningKeys.PRIVATE_FILE));

        SigningKeys rotated = SigningKeys.load(properties(null, null));

        assertThat(rotated.keyId()).isNotEqualTo(old.keyId());
        assertThat(rotated.verifyingKeys()).containsOnlyKeys(old.keyId(), rotated.keyId());
        assertThat(rotated.verify(old.keyId(), TEXT, oldSignature)).isTrue();
    }

    @Test
    void aSuppliedPairIsUsedAndNothingIsWritten() throws Exception {
        var pair = SigningKeys.generate();
        String privatePem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        String publicBase64 = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());

        SigningKeys keys = SigningKeys.load(properties(privatePem, publicBase64));

        assertThat(keys.keyId()).isEqualTo(SigningKeys.idOf(pair.getPublic()));
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSuppliedPairThatDoesNotMatchOrOnlyHalfAPairIsRefused() throws Exception {
        String privateKey = Base64.getEncoder().encodeToString(SigningKeys.generate().getPrivate().getEncoded());
        String otherPublicKey = Base64.getEncoder().encodeToString(SigningKeys.generate().getPublic().getEncoded());

        assertThatThrownBy(() -> SigningKeys.load(properties(privateKey, otherPublicKey)))
                .hasMessageContaining("does not belong");
        assertThatThrownBy(() -> SigningKeys.load(properties(privateKey, null))).hasMessageContaining("both");
        SigningKeys.load(properties(null, null));
        Files.delete(directory.resolve(SigningKeys.PUBLIC_FILE));
        assertThatThrownBy(() -> SigningKeys.load(properties(null, null))).hasMessageContaining("only one half");
    }

    private IntegrityProperties properties(String privateKey, String publicKey) {
        return new IntegrityProperties(directory, new IntegrityProperties.Checkpoints(IntegrityProperties.Store.FILE,
                null, 1000, Duration.ofMinutes(5)), new IntegrityProperties.Signing(privateKey, publicKey), 500);
    }
}
