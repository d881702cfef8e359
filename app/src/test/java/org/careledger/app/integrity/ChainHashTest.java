package org.careledger.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainHashTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final StoredEvent EVENT = new StoredEvent(7, "e", "a", 2, "Patient", "t", "P", "1",
            "{}".getBytes(StandardCharsets.UTF_8), null);

    @Test
    void theEncodingIsEveryColumnLengthPrefixedInTheDocumentedOrder() {
        String expected = "00000008" + "0000000000000007" // global index 7
                + "00000001" + "65" // event identifier "e"
                + "00000001" + "61" // aggregate identifier "a"
                + "00000008" + "0000000000000002" // sequence number 2
                + "00000007" + "50617469656e74" // type "Patient"
                + "00000001" + "74" // timestamp "t"
                + "00000001" + "50" // payload type "P"
                + "00000001" + "31" // payload revision "1"
                + "00000002" + "7b7d" // payload {}
                + "ffffffff"; // metadata NULL
        assertThat(HEX.formatHex(ChainHash.encode(EVENT))).isEqualTo(expected);
    }

    @Test
    void anEntryHashesThePreviousHashFollowedByTheEncoding() throws Exception {
        String previous = "ab".repeat(32);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(HEX.parseHex(previous));
        sha256.update(ChainHash.encode(EVENT));

        assertThat(ChainHash.next(previous, EVENT)).isEqualTo(HEX.formatHex(sha256.digest())).hasSize(64);
        assertThat(ChainHash.next(ChainHash.GENESIS, EVENT)).isNotEqualTo(ChainHash.next(previous, EVENT));
    }

    @Test
    void changingAnyColumnChangesTheHash() {
        byte[] payload = EVENT.payload();
        List<StoredEvent> changed = List.of(
                new StoredEvent(8, "e", "a", 2, "Patient", "t", "P", "1", payload, null),
                new StoredEvent(7, "f", "a", 2, "Patient", "t", "P", "1", payload, null),
                new StoredEvent(7, "e", "b", 2, "Patient", "t", "P", "1", payload, null),
                new StoredEvent(7, "e", "a", 3, "Patient", "t", "P", "1", payload, null),
                new StoredEvent(7, "e", "a", 2, "Alert", "t", "P", "1", payload, null),
                new StoredEvent(7, "e", "a", 2, "Patient", "u", "P", "1", payload, null),
                new StoredEvent(7, "e", "a", 2, "Patient", "t", "Q", "1", payload, null),
                new StoredEvent(7, "e", "a", 2, "Patient", "t", "P", "2", payload, null),
                new StoredEvent(7, "e", "a", 2, "Patient", "t", "P", "1", "{ }".getBytes(StandardCharsets.UTF_8), null),
                new StoredEvent(7, "e", "a", 2, "Patient", "t", "P", "1", payload, new byte[0]));
        String original = ChainHash.next(ChainHash.GENESIS, EVENT);

        assertThat(changed).extracting(event -> ChainHash.next(ChainHash.GENESIS, event))
                .doesNotContain(original).doesNotHaveDuplicates();
    }

    @Test
    void movingBytesBetweenNeighbouringColumnsOrNullingOneIsNoCollision() {
        var split1 = new StoredEvent(1, "ab", "c", 0, null, "t", "P", null, new byte[] {1}, null);
        var split2 = new StoredEvent(1, "a", "bc", 0, null, "t", "P", null, new byte[] {1}, null);
        var emptyType = new StoredEvent(1, "ab", "c", 0, "", "t", "P", null, new byte[] {1}, null);

        assertThat(List.of(split1, split2, emptyType)).extracting(e -> ChainHash.next(ChainHash.GENESIS, e))
                .doesNotHaveDuplicates();
    }

    @Test
    void thePayloadNeverAppearsInTheEventsDescription() {
        var event = new StoredEvent(3, "e", "a", 0, "Patient", "t", "PatientRegistered", "1",
                "{\"familyName\":\"Testpatient\"}".getBytes(StandardCharsets.UTF_8), null);
        assertThat(event.toString()).contains("3", "PatientRegistered").doesNotContain("Testpatient");
    }
}
