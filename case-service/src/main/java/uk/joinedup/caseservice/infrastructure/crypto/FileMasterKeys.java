package uk.joinedup.caseservice.infrastructure.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Master keys in files of one directory ({@code joinedup.crypto.master-keys-dir}), one a generation: {@code
 * kek-<n>.key} holds 32 random bytes in base64 and only its owner may read it (where the file system has POSIX
 * permissions). The highest generation wraps new keys. {@link #rotate} begins the next generation; another
 * instance sharing the directory takes it up at its next {@link #refresh}, or when it meets a key wrapped by it. The directory belongs on a volume that is not in the
 * database's backup: a backup then opens nothing without the master keys, which are kept (and destroyed) on their
 * own schedule (ADR 31).
 */
public final class FileMasterKeys implements MasterKeys {

    private static final Logger log = LoggerFactory.getLogger(FileMasterKeys.class);

    private static final Pattern FILE_NAME = Pattern.compile("kek-([1-9][0-9]{0,8})\\.key");
    private static final int FIRST_GENERATION = 1;

    private final Path directory;
    private volatile NavigableMap<Integer, SecretKey> generations;

    private FileMasterKeys(Path directory, NavigableMap<Integer, SecretKey> generations) {
        this.directory = directory;
        this.generations = Collections.unmodifiableNavigableMap(generations);
    }

    /**
     * The master keys in this directory, creating generation 1 if it holds none: for a store that holds no wrapped
     * key yet. The first key is logged as a warning, because production must keep its master keys off the
     * database's backup.
     */
    public static FileMasterKeys openOrCreate(Path directory) {
        if (read(directory).isEmpty()) {
            create(directory, FIRST_GENERATION);
        }
        return openExisting(directory);
    }

    /**
     * The master keys in this directory, which must hold at least one: for a store that already holds wrapped keys,
     * which a new master key would not open.
     */
    public static FileMasterKeys openExisting(Path directory) {
        NavigableMap<Integer, SecretKey> found = read(directory);
        if (found.isEmpty()) {
            throw new IllegalStateException("no master key (kek-<n>.key) in " + directory
                    + ", but the key store is not empty: restore the master keys directory"
                    + " (joinedup.crypto.master-keys-dir) instead of starting without it");
        }
        return new FileMasterKeys(directory, found);
    }

    @Override
    public Wrapped wrap(String keyId, byte[] key) {
        Map.Entry<Integer, SecretKey> current = generations.lastEntry();
        return new Wrapped(current.getKey(), KeyWrap.wrap(current.getValue(), current.getKey(), keyId, key));
    }

    @Override
    public int currentGeneration() {
        return generations.lastKey();
    }

    /** Creates the file of the generation after the highest here (unless another instance just did) and takes it up. */
    @Override
    public int rotate() {
        create(directory, generations.lastKey() + 1);
        refresh();
        return currentGeneration();
    }

    /** Reads the directory again: a generation another instance began is taken up, one deleted is let go. */
    @Override
    public void refresh() {
        NavigableMap<Integer, SecretKey> found = read(directory);
        if (!found.isEmpty()) {
            generations = Collections.unmodifiableNavigableMap(found);
        }
    }

    @Override
    public byte[] unwrap(int generation, byte[] wrapped, String keyId) {
        SecretKey masterKey = generations.get(generation);
        if (masterKey == null && generation > generations.lastKey()) {
            refresh();
            masterKey = generations.get(generation);
        }
        if (masterKey == null) {
            throw new IllegalStateException("master key generation " + generation + " (" + fileName(generation)
                    + ") is missing from " + directory + ", and the key " + keyId
                    + " was wrapped by it: restore that file");
        }
        return KeyWrap.unwrap(masterKey, generation, keyId, wrapped);
    }

    private static NavigableMap<Integer, SecretKey> read(Path directory) {
        NavigableMap<Integer, SecretKey> found = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return found;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = FILE_NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    found.put(Integer.parseInt(name.group(1)), masterKeyIn(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master keys in " + directory, e);
        }
        return found;
    }

    private static SecretKey masterKeyIn(Path file) throws IOException {
        byte[] key;
        try {
            key = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " does not hold a master key in base64");
        }
        if (key.length != KeyWrap.SUBJECT_KEY_BYTES) {
            throw new IllegalStateException(
                    file + " must hold " + KeyWrap.SUBJECT_KEY_BYTES + " bytes in base64, not " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }

    private static void create(Path directory, int generation) {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        byte[] key = new byte[KeyWrap.SUBJECT_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] encoded = Base64.getEncoder().encode(key);
        try {
            createOwnersDirectory(directory, posix);
            Path written = Files.createTempFile(directory, ".kek-", ".tmp", permissions(posix, "rw-------"));
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(encoded));
                channel.force(true);
            }
            if (posix) {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("r--------"));
            }
            try {
                Files.move(written, directory.resolve(fileName(generation)));
            } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                Files.delete(written);
                return;
            }
            if (posix) {
                try (FileChannel renamed = FileChannel.open(directory, StandardOpenOption.READ)) {
                    renamed.force(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a master key in " + directory, e);
        }
        log.warn(
                "Created master key generation {} in {}. In production, keep the master keys on storage that is not"
                        + " in the database's backup, and back them up separately (ADR 31).",
                generation,
                directory);
    }

    /** The directory, only its owner's; the directories above it, if new, as any other. */
    private static void createOwnersDirectory(Path directory, boolean posix) throws IOException {
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(directory, permissions(posix, "rwx------"));
        } catch (FileAlreadyExistsException alreadyThere) {
            // created before, or by another instance just now
        }
    }

    private static FileAttribute<?>[] permissions(boolean posix, String permissions) {
        return posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
                }
                : new FileAttribute<?>[0];
    }

    private static String fileName(int generation) {
        return "kek-" + generation + ".key";
    }
}
