package org.careledger.app.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ed25519 key that signs checkpoints, and the public keys that verify them: the current one and
 * any retired ones. A key is known by its id, the first 16 hex digits of the SHA-256 of its X.509
 * encoding, which every checkpoint names.
 */
final class SigningKeys {
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final String ALGORITHM = "Ed25519";
    static final String PRIVATE_FILE = "checkpoint-signing.key";
    static final String PUBLIC_FILE = "checkpoint-signing.pub";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final Map<String, PublicKey> verifying = new LinkedHashMap<>();

    SigningKeys(KeyPair pair, List<PublicKey> retired) {
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.keyId = idOf(publicKey);
        retired.forEach(key -> verifying.put(idOf(key), key));
        verifying.put(keyId, publicKey);
        if (!verify(keyId, "key check", sign("key check"))) {
            throw new IllegalStateException("the checkpoint signing key does not belong to its public key");
        }
    }

    /** The supplied pair, or the pair in the directory, generated there at first start. */
    static SigningKeys load(IntegrityProperties properties) {
        var signing = properties.signing();
        boolean supplied = notBlank(signing.privateKey()) || notBlank(signing.publicKey());
        KeyPair pair;
        if (supplied) {
            if (!notBlank(signing.privateKey()) || !notBlank(signing.publicKey())) {
                throw new IllegalStateException("careledger.integrity.signing needs both private-key and public-key");
            }
            pair = new KeyPair(publicKey(signing.publicKey()), privateKey(signing.privateKey()));
        } else {
            pair = fromDirectory(properties.directory());
        }
        return new SigningKeys(pair, retired(properties.directory().resolve("retired")));
    }

    String keyId() {
        return keyId;
    }

    PublicKey publicKey() {
        return publicKey;
    }

    /** Every key that verifies checkpoints (the current one and the retired ones), by id. */
    Map<String, PublicKey> verifyingKeys() {
        return Map.copyOf(verifying);
    }

    String sign(String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a checkpoint", e);
        }
    }

    /** Whether the signature (base64) over the text was made by the key with this id; unknown keys never verify. */
    boolean verify(String keyId, String text, String signatureBase64) {
        PublicKey key = verifying.get(keyId);
        if (key == null || signatureBase64 == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static String idOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(PublicKey key) {
        return Pem.encode("PUBLIC KEY", key.getEncoded());
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 15+ has Ed25519", e);
        }
    }

    private static KeyPair fromDirectory(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Path publicFile = directory.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new KeyPair(publicKey(Files.readString(publicFile)), privateKey(Files.readString(privateFile)));
            }
            if (Files.exists(privateFile) || Files.exists(publicFile)) {
                throw new IllegalStateException("only one half of the checkpoint signing key pair is in " + directory
                        + ": restore the other half, or move both away to start a new key");
            }
            KeyPair pair = generate();
            Files.createDirectories(directory);
            writeSecret(privateFile, Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicFile, pem(pair.getPublic()));
            log.info("Generated a checkpoint signing key {} in {}", idOf(pair.getPublic()), directory.toAbsolutePath());
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the checkpoint signing key in " + directory, e);
        }
    }

    private static void writeSecret(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system: protect the directory instead (docs/integrity.md)
        }
        Files.writeString(file, content);
    }

    private static List<PublicKey> retired(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pub")).sorted().map(f -> {
                try {
                    return publicKey(Files.readString(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the retired public keys in " + directory, e);
        }
    }

    static PublicKey publicKey(String text) {
        return Pem.publicKey(text);
    }

    static PrivateKey privateKey(String text) {
        return Pem.privateKey(text);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
