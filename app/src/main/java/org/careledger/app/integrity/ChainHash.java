package org.careledger.app.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one chain entry: SHA-256 over the previous entry's hash (32 bytes; 32 zero bytes
 * before the first event) followed by every column of the stored event, each as a 4-byte big-endian
 * length and its bytes (a NULL column is the length -1 and no bytes). Numbers are 8-byte big-endian,
 * text is UTF-8. Length prefixes make the encoding unambiguous: no two different rows encode alike.
 * docs/integrity.md spells this out for auditors who recompute it with their own tools.
 */
final class ChainHash {
    static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {}

    /** The hash of the entry for {@code event}, chained to the entry whose hash is {@code previous} (hex). */
    static String next(String previous, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previous));
        sha256.update(encode(event));
        return HEX.formatHex(sha256.digest());
    }

    static byte[] encode(StoredEvent event) {
        var out = new ByteArrayOutputStream(event.payload().length + 512);
        field(out, number(event.globalIndex()));
        field(out, text(event.eventIdentifier()));
        field(out, text(event.aggregateIdentifier()));
        field(out, number(event.sequenceNumber()));
        field(out, text(event.type()));
        field(out, text(event.timestamp()));
        field(out, text(event.payloadType()));
        field(out, text(event.payloadRevision()));
        field(out, event.payload());
        field(out, event.metadata());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }

    private static byte[] number(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
