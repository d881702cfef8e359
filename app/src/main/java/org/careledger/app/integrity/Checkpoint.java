package org.careledger.app.integrity;

/**
 * A signed statement that the chain entry at {@code globalIndex}, for event {@code eventIdentifier},
 * had hash {@code hash} at {@code signedAt} (an ISO-8601 instant). The signature covers exactly
 * {@link #signedText()}, so anyone with the public key can check it with standard tools.
 */
record Checkpoint(long globalIndex, String eventIdentifier, String hash, String signedAt, String keyId,
        String signature) {

    static final String VERSION = "careledger-checkpoint-v1";

    static String signedText(long globalIndex, String eventIdentifier, String hash, String signedAt) {
        return VERSION + "\nglobalIndex=" + globalIndex + "\neventIdentifier=" + eventIdentifier + "\nhash=" + hash
                + "\nsignedAt=" + signedAt + "\n";
    }

    String signedText() {
        return signedText(globalIndex, eventIdentifier, hash, signedAt);
    }
}
