package uk.joinedup.caseservice.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Master keys in a directory: created once, read back, wrapping under the newest generation, opening every kept one. */
@ExtendWith(OutputCaptureExtension.class)
class FileMasterKeysTest {

    @TempDir
    Path directory;

    @Test
    void createsTheFirstMasterKeyOwnerReadOnlyAndWarnsWithoutItsBytes(CapturedOutput output) throws IOException {
        Path keys = directory.resolve("data").resolve("keys");

        FileMasterKeys.openOrCreate(keys);

        Path first = keys.resolve("kek-1.key");
        String content = Files.readString(first, StandardCharsets.US_ASCII);
        assertThat(Base64.getDecoder().decode(content)).hasSize(32);
        assertThat(output.getOut() + output.getErr())
                .contains("WARN", "Created master key generation 1", "not in the database's backup")
                .doesNotContain(content);
        assertThat(keys.toFile().list()).as("no temporary file left").containsExactly("kek-1.key");
        assumeThat(first.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first)))
                .isEqualTo("r--------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
                .isEqualTo("rwx------");
    }

    @Test
    void keepsTheMasterKeyItFindsAndCreatesNoOther(CapturedOutput output) throws IOException {
        byte[] key = random(32);
        MasterKeys.Wrapped wrapped = FileMasterKeys.openOrCreate(directory).wrap("person/p-1", key);
        String first = Files.readString(directory.resolve("kek-1.key"));

        MasterKeys reopened = FileMasterKeys.openOrCreate(directory);

        assertThat(Files.readString(directory.resolve("kek-1.key"))).isEqualTo(first);
        assertThat(directory.toFile().list()).containsExactly("kek-1.key");
        assertThat(output.getOut()).containsOnlyOnce("Created master key");
        assertThat(reopened.unwrap(wrapped.generation(), wrapped.bytes(), "person/p-1"))
                .isEqualTo(key);
    }

    @Test
    void wrapsUnderTheHighestGenerationAndStillOpensTheOlder() throws IOException {
        byte[] older = random(32);
        MasterKeys.Wrapped underFirst = FileMasterKeys.openOrCreate(directory).wrap("person/p-1", older);
        writeMasterKey(directory, 2);

        MasterKeys keys = FileMasterKeys.openExisting(directory);
        byte[] newer = random(32);
        MasterKeys.Wrapped underSecond = keys.wrap("person/p-2", newer);

        assertThat(underFirst.generation()).isEqualTo(1);
        assertThat(underSecond.generation()).isEqualTo(2);
        assertThat(keys.unwrap(1, underFirst.bytes(), "person/p-1")).isEqualTo(older);
        assertThat(keys.unwrap(2, underSecond.bytes(), "person/p-2")).isEqualTo(newer);
    }

    @Test
    void rotatingBeginsTheNextGenerationOwnerReadOnlyWhichWrapsNewKeysWhileTheOlderStillOpens() throws IOException {
        MasterKeys keys = FileMasterKeys.openOrCreate(directory);
        byte[] older = random(32);
        MasterKeys.Wrapped underFirst = keys.wrap("person/p-1", older);

        int began = keys.rotate();

        assertThat(began).isEqualTo(2);
        assertThat(keys.currentGeneration()).isEqualTo(2);
        assertThat(keys.wrap("person/p-2", random(32)).generation()).isEqualTo(2);
        assertThat(keys.unwrap(1, underFirst.bytes(), "person/p-1")).isEqualTo(older);
        assertThat(directory.toFile().list()).containsExactlyInAnyOrder("kek-1.key", "kek-2.key");
        assumeThat(directory.getFileSystem().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("kek-2.key"))))
                .isEqualTo("r--------");
    }

    @Test
    void anotherInstanceTakesUpAGenerationBegunElsewhereOnRefreshOrOnMeetingAKeyWrappedByIt() {
        MasterKeys here = FileMasterKeys.openOrCreate(directory);
        MasterKeys there = FileMasterKeys.openExisting(directory);
        MasterKeys third = FileMasterKeys.openExisting(directory);
        here.rotate();
        byte[] key = random(32);
        MasterKeys.Wrapped underSecond = here.wrap("person/p-1", key);

        int beforeRefresh = there.currentGeneration();
        there.refresh();

        assertThat(beforeRefresh).isEqualTo(1);
        assertThat(there.currentGeneration()).isEqualTo(2);
        assertThat(third.unwrap(2, underSecond.bytes(), "person/p-1")).isEqualTo(key);
        assertThat(third.currentGeneration()).isEqualTo(2);
    }

    @Test
    void twoInstancesRotatingTogetherBeginOneGeneration() {
        MasterKeys here = FileMasterKeys.openOrCreate(directory);
        MasterKeys there = FileMasterKeys.openExisting(directory);

        here.rotate();
        there.rotate();

        assertThat(there.currentGeneration())
                .as("the generation the other began")
                .isEqualTo(2);
        assertThat(here.currentGeneration()).isEqualTo(2);
        assertThat(directory.toFile().list()).containsExactlyInAnyOrder("kek-1.key", "kek-2.key");
    }

    @Test
    void aMissingGenerationFailsNamingIt() throws IOException {
        MasterKeys.Wrapped underFirst = FileMasterKeys.openOrCreate(directory).wrap("person/p-1", random(32));
        writeMasterKey(directory, 2);
        Files.delete(directory.resolve("kek-1.key"));

        MasterKeys keys = FileMasterKeys.openExisting(directory);

        assertThatThrownBy(() -> keys.unwrap(1, underFirst.bytes(), "person/p-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("master key generation 1 (kek-1.key) is missing from " + directory);
    }

    @Test
    void wrappedBytesOpenOnlyForTheirKeyIdAndGeneration() throws IOException {
        MasterKeys keys = FileMasterKeys.openOrCreate(directory);
        MasterKeys.Wrapped wrapped = keys.wrap("person/p-1", random(32));
        byte[] altered = wrapped.bytes().clone();
        altered[altered.length - 1] ^= 0x01;

        assertThatThrownBy(() -> keys.unwrap(1, wrapped.bytes(), "person/p-2")).isInstanceOf(EnvelopeTampered.class);
        assertThatThrownBy(() -> keys.unwrap(1, altered, "person/p-1")).isInstanceOf(EnvelopeTampered.class);
        writeMasterKeyLike(directory, 2, directory.resolve("kek-1.key"));
        assertThatThrownBy(() -> FileMasterKeys.openExisting(directory).unwrap(2, wrapped.bytes(), "person/p-1"))
                .as("the same master key under another generation")
                .isInstanceOf(EnvelopeTampered.class);
    }

    @Test
    void wrappedBytesCutShortOrTooLongAreTampered() throws IOException {
        MasterKeys keys = FileMasterKeys.openOrCreate(directory);
        byte[] wrapped = keys.wrap("person/p-1", random(32)).bytes();

        for (byte[] altered : new byte[][] {
            Arrays.copyOf(wrapped, 5),
            Arrays.copyOf(wrapped, wrapped.length - 1),
            Arrays.copyOf(wrapped, wrapped.length + 1)
        }) {
            assertThatThrownBy(() -> keys.unwrap(1, altered, "person/p-1"))
                    .as("%d bytes", altered.length)
                    .isInstanceOf(EnvelopeTampered.class);
        }
    }

    @Test
    void wrapsOnlyA32ByteKey() {
        MasterKeys keys = FileMasterKeys.openOrCreate(directory);

        assertThatThrownBy(() -> keys.wrap("person/p-1", random(16))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachDirectoryGetsAMasterKeyOfItsOwn() throws IOException {
        MasterKeys.Wrapped wrapped =
                FileMasterKeys.openOrCreate(directory.resolve("one")).wrap("person/p-1", random(32));
        MasterKeys other = FileMasterKeys.openOrCreate(directory.resolve("other"));

        assertThatThrownBy(() -> other.unwrap(1, wrapped.bytes(), "person/p-1")).isInstanceOf(EnvelopeTampered.class);
    }

    @Test
    void wrappedBytesHoldNotTheKey() throws IOException {
        byte[] key = random(32);

        MasterKeys.Wrapped wrapped = FileMasterKeys.openOrCreate(directory).wrap("person/p-1", key);

        assertThat(wrapped.bytes()).hasSize(Aes256Gcm.NONCE_BYTES + 32 + 16);
        assertThat(HexFormat.of().formatHex(wrapped.bytes()))
                .doesNotContain(HexFormat.of().formatHex(key));
        assertThat(wrapped.toString()).isEqualTo("Wrapped[generation 1, 60 bytes]");
    }

    @Test
    void refusesToStartWithoutMasterKeysForAStoreThatHoldsKeys() {
        assertThatThrownBy(() -> FileMasterKeys.openExisting(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no master key (kek-<n>.key) in " + directory);
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void aMasterKeyFileOfTheWrongLengthFailsWithoutQuotingIt() throws IOException {
        String content = Base64.getEncoder().encodeToString(random(16));
        Files.writeString(directory.resolve("kek-1.key"), content);

        assertThatThrownBy(() -> FileMasterKeys.openExisting(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kek-1.key must hold 32 bytes in base64, not 16")
                .message()
                .doesNotContain(content);
    }

    @Test
    void aMasterKeyFileThatIsNotBase64FailsWithoutQuotingIt() throws IOException {
        Files.writeString(directory.resolve("kek-1.key"), "not a key!");

        assertThatThrownBy(() -> FileMasterKeys.openExisting(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kek-1.key does not hold a master key in base64")
                .message()
                .doesNotContain("not a key!");
    }

    @Test
    void ignoresFilesThatAreNotMasterKeys() throws IOException {
        Files.writeString(directory.resolve("README"), "kept elsewhere");
        Files.writeString(directory.resolve("kek-0.key"), "not a generation");

        FileMasterKeys.openOrCreate(directory);

        assertThat(directory.resolve("kek-1.key")).exists();
    }

    /** A new generation, as a rotation would write it. */
    static void writeMasterKey(Path directory, int generation) throws IOException {
        Files.writeString(
                directory.resolve("kek-" + generation + ".key"),
                Base64.getEncoder().encodeToString(random(32)));
    }

    private static void writeMasterKeyLike(Path directory, int generation, Path existing) throws IOException {
        Files.writeString(directory.resolve("kek-" + generation + ".key"), Files.readString(existing));
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
