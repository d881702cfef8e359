package org.careledger.app.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Ed25519 keys as text: PEM as OpenSSL writes it, or the bare base64 of the same DER encoding. */
final class Pem {
    private Pem() {}

    static PublicKey publicKey(String text) {
        try {
            return KeyFactory.getInstance(SigningKeys.ALGORITHM).generatePublic(new X509EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an Ed25519 public key (X.509, PEM or base64)", e);
        }
    }

    static PrivateKey privateKey(String text) {
        try {
            return KeyFactory.getInstance(SigningKeys.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an Ed25519 private key (PKCS#8, PEM or base64)", e);
        }
    }

    private static byte[] der(String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a key must be PEM or base64", e);
        }
    }

    static String encode(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
