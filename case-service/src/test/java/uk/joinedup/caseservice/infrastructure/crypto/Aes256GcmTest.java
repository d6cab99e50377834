package uk.joinedup.caseservice.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidAlgorithmParameterException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AES-256-GCM gives the published known answers, and any change to what was sealed, or to the key or associated data
 * it is opened with, fails the tag.
 */
class Aes256GcmTest {

    private static final HexFormat HEX = HexFormat.of();

    private static final String SPEC_KEY = "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308";
    private static final String SPEC_PLAINTEXT = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
    private static final String SPEC_AAD = "feedfacedeadbeeffeedfacedeadbeefabaddad2";

    /** A known answer: key, nonce, plaintext, associated data, ciphertext and tag, in hex. */
    record Vector(String name, String key, String nonce, String plaintext, String aad, String ciphertext, String tag) {

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The 256-bit test cases of McGrew and Viega's GCM specification (13 to 18, as NIST's GCM page publishes them)
     * and one from NIST CAVP's gcmEncryptExtIV256 (96-bit nonce, associated data, 128-bit tag).
     */
    static Stream<Vector> knownAnswers() {
        String zeroKey = "00".repeat(32);
        String zeroNonce = "00".repeat(12);
        return Stream.of(
                new Vector("GCM spec test case 13", zeroKey, zeroNonce, "", "", "", "530f8afbc74536b9a963b4f1c4cb738b"),
                new Vector(
                        "GCM spec test case 14",
                        zeroKey,
                        zeroNonce,
                        "00".repeat(16),
                        "",
                        "cea7403d4d606b6e074ec5d3baf39d18",
                        "d0d1c8a799996bf0265b98b5d48ab919"),
                new Vector(
                        "GCM spec test case 15",
                        SPEC_KEY,
                        "cafebabefacedbaddecaf888",
                        SPEC_PLAINTEXT + "1aafd255",
                        "",
                        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad",
                        "b094dac5d93471bdec1a502270e3cc6c"),
                new Vector(
                        "GCM spec test case 16",
                        SPEC_KEY,
                        "cafebabefacedbaddecaf888",
                        SPEC_PLAINTEXT,
                        SPEC_AAD,
                        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
                        "76fc6ece0f4e1768cddf8853bb2d551b"),
                new Vector(
                        "GCM spec test case 17 (64-bit nonce)",
                        SPEC_KEY,
                        "cafebabefacedbad",
                        SPEC_PLAINTEXT,
                        SPEC_AAD,
                        "c3762df1ca787d32ae47c13bf19844cbaf1ae14d0b976afac52ff7d79bba9de0"
                                + "feb582d33934a4f0954cc2363bc73f7862ac430e64abe499f47c9b1f",
                        "3a337dbf46a792c45e454913fe2ea8f2"),
                new Vector(
                        "GCM spec test case 18 (480-bit nonce)",
                        SPEC_KEY,
                        "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728"
                                + "c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b",
                        SPEC_PLAINTEXT,
                        SPEC_AAD,
                        "5a8def2f0c9e53f1f75d7853659e2a20eeb2b22aafde6419a058ab4f6f746bf4"
                                + "0fc0c3b780f244452da3ebf1c5d82cdea2418997200ef82e44ae7e3f",
                        "a44a8266ee1c8eb0c8b5d4cf5ae9f19a"),
                new Vector(
                        "CAVP gcmEncryptExtIV256, 96-bit nonce, 128-bit plaintext, 160-bit associated data",
                        "83688deb4af8007f9b713b47cfa6c73e35ea7a3aa4ecdb414dded03bf7a0fd3a",
                        "0b459724904e010a46901cf3",
                        "33d893a2114ce06fc15d55e454cf90c3",
                        "794a14ccd178c8ebfd1379dc704c5e208f9d8424",
                        "cc66bee423e3fcd4c0865715e9586696",
                        "0fb291bd3dba94a1dfd8b286cfb97ac5"));
    }

    /**
     * Each vector is sealed on a thread of its own: the thread's cipher refuses to seal twice in a row under one key
     * and nonce (see below), and test cases 13 and 14, 15 and 16 share theirs.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("knownAnswers")
    void sealsToTheKnownAnswer(Vector vector) throws Exception {
        byte[] sealed = onANewThread(() -> Aes256Gcm.seal(
                key(vector.key()), bytes(vector.nonce()), bytes(vector.plaintext()), bytes(vector.aad())));

        assertThat(HEX.formatHex(sealed)).isEqualTo(vector.ciphertext() + vector.tag());
    }

    @Test
    void refusesToSealTwiceInARowUnderOneKeyAndNonce() throws Exception {
        SecretKey key = key("42".repeat(32));
        byte[] nonce = bytes("07".repeat(12));

        assertThatThrownBy(() -> onANewThread(() -> {
                    Aes256Gcm.seal(key, nonce, bytes("01"), bytes(""));
                    return Aes256Gcm.seal(key, nonce, bytes("02"), bytes(""));
                }))
                .hasRootCauseInstanceOf(InvalidAlgorithmParameterException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("knownAnswers")
    void opensTheKnownAnswer(Vector vector) {
        byte[] opened = Aes256Gcm.open(
                key(vector.key()),
                bytes(vector.nonce()),
                bytes(vector.ciphertext() + vector.tag()),
                bytes(vector.aad()));

        assertThat(HEX.formatHex(opened)).isEqualTo(vector.plaintext());
    }

    @Test
    void aFlippedByteAnywhereFailsTheTag() {
        Vector vector =
                knownAnswers().filter(v -> v.name().endsWith("16")).findFirst().orElseThrow();
        byte[] sealed = bytes(vector.ciphertext() + vector.tag());
        for (int position : new int[] {0, sealed.length / 2, sealed.length - 1}) {
            byte[] flipped = sealed.clone();
            flipped[position] ^= 0x01;

            assertThatThrownBy(() ->
                            Aes256Gcm.open(key(vector.key()), bytes(vector.nonce()), flipped, bytes(vector.aad())))
                    .as("byte %d flipped", position)
                    .isInstanceOf(EnvelopeTampered.class);
        }
    }

    @Test
    void anotherNonceFailsTheTag() {
        Vector vector =
                knownAnswers().filter(v -> v.name().endsWith("16")).findFirst().orElseThrow();
        byte[] nonce = bytes(vector.nonce());
        nonce[0] ^= 0x01;

        assertThatThrownBy(() -> Aes256Gcm.open(
                        key(vector.key()), nonce, bytes(vector.ciphertext() + vector.tag()), bytes(vector.aad())))
                .isInstanceOf(EnvelopeTampered.class);
    }

    @Test
    void sealedForOneSubjectDoesNotOpenWithAnotherAssociatedData() {
        SubjectKey key = subjectKey("person/p-1", 1);
        byte[] plaintext = "Tom Hill, 2011-03-04".getBytes(StandardCharsets.UTF_8);
        Aes256Gcm.Envelope envelope = Aes256Gcm.seal(key, plaintext, aad("person/p-1"));

        assertThat(Aes256Gcm.open(key, envelope, aad("person/p-1"))).isEqualTo(plaintext);
        assertThatThrownBy(() -> Aes256Gcm.open(key, envelope, aad("person/p-2")))
                .isInstanceOf(EnvelopeTampered.class)
                .hasMessage("an envelope failed its authentication tag");
    }

    @Test
    void anotherKeyFailsTheTag() {
        byte[] plaintext = "Tom Hill".getBytes(StandardCharsets.UTF_8);
        Aes256Gcm.Envelope envelope = Aes256Gcm.seal(subjectKey("person/p-1", 1), plaintext, aad("person/p-1"));

        assertThatThrownBy(() -> Aes256Gcm.open(subjectKey("person/p-1", 2), envelope, aad("person/p-1")))
                .isInstanceOf(EnvelopeTampered.class);
    }

    @Test
    void eachSealHasAFreshNonce() {
        SubjectKey key = subjectKey("person/p-1", 1);
        byte[] plaintext = "the same text".getBytes(StandardCharsets.UTF_8);

        Aes256Gcm.Envelope first = Aes256Gcm.seal(key, plaintext, aad("person/p-1"));
        Aes256Gcm.Envelope second = Aes256Gcm.seal(key, plaintext, aad("person/p-1"));

        assertThat(first.nonce()).hasSize(Aes256Gcm.NONCE_BYTES);
        assertThat(second.nonce()).hasSize(Aes256Gcm.NONCE_BYTES).isNotEqualTo(first.nonce());
        assertThat(second.ciphertext()).isNotEqualTo(first.ciphertext());
        assertThat(Aes256Gcm.open(key, first, aad("person/p-1"))).isEqualTo(plaintext);
        assertThat(Aes256Gcm.open(key, second, aad("person/p-1"))).isEqualTo(plaintext);
    }

    private static byte[] onANewThread(Callable<byte[]> sealing) throws Exception {
        FutureTask<byte[]> task = new FutureTask<>(sealing);
        new Thread(task).start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static SubjectKey subjectKey(String keyId, int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return new SubjectKey(keyId, new SecretKeySpec(bytes, "AES"));
    }

    private static SecretKey key(String hex) {
        return new SecretKeySpec(bytes(hex), "AES");
    }

    private static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }

    private static byte[] aad(String keyId) {
        return keyId.getBytes(StandardCharsets.UTF_8);
    }
}
