package uk.joinedup.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.directory.UserAccount;

/**
 * identity-service's store answers a save only once it is on disk: twelve administrators save users at
 * once through the service's {@link Directory}, and the H2 file is copied while they do, without
 * closing anything, as a killed process would leave it. Each copy, opened on its own, holds every user
 * whose save had returned before the copy began. Only explicit commits count: the scheduled one is an
 * hour away.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "joinedup.mongo.commit-interval=1h",
            "joinedup.demo-data=false",
            "joinedup.identity.web-client-secret=test-secret"
        })
class AcknowledgedUsersOnDiskIT {

    private static final int WRITERS = 12;
    private static final int SAVES_EACH = 40;
    private static final int COPIES = 10;
    private static final Path DATA = createTemporaryDirectory();

    @Autowired
    private Directory directory;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("joinedup.mongo.data-dir", () -> DATA.resolve("store"));
    }

    @AfterAll
    static void removeFiles() throws IOException {
        FileSystemUtils.deleteRecursively(DATA);
    }

    @Test
    void everySavedUserIsInTheFileWhileOthersAreStillSaving() throws Exception {
        Set<String> saved = ConcurrentHashMap.newKeySet();
        List<Copy> copies = new ArrayList<>();
        ExecutorService administrators = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int w = writer;
                running.add(administrators.submit(() -> {
                    for (int i = 0; i < SAVES_EACH; i++) {
                        String username = "user-" + w + "-" + i;
                        directory.save(new UserAccount(
                                username,
                                "User " + w + " " + i,
                                "agency",
                                "team",
                                Set.of(Role.KEYWORKER),
                                null,
                                "{noop}x",
                                true));
                        saved.add(username);
                    }
                }));
            }
            for (int copy = 0; copy < COPIES && !running.stream().allMatch(Future::isDone); copy++) {
                Thread.sleep(30 + copy * 5L);
                Set<String> savedBefore = Set.copyOf(saved);
                Path file =
                        Files.createDirectories(DATA.resolve("copy-" + copy)).resolve("mongo.mv");
                Files.copy(DATA.resolve("store").resolve("mongo.mv"), file);
                copies.add(new Copy(file, savedBefore));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            administrators.shutdownNow();
        }

        assertThat(copies).as("copies taken while users were being saved").hasSizeGreaterThan(2);
        for (Copy copy : copies) {
            assertThat(usersIn(copy.file()))
                    .as("users saved before " + copy.file().getParent().getFileName())
                    .containsAll(copy.savedBefore());
        }
    }

    /** The usernames in a copied file, read through a server of its own. */
    private static Set<String> usersIn(Path file) {
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client =
                MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            Set<String> usernames = new HashSet<>();
            for (Document user : client.getDatabase("joinedup-identity")
                    .getCollection("users")
                    .find()) {
                usernames.add(user.getString("_id"));
            }
            return usernames;
        } finally {
            server.shutdown();
        }
    }

    private static Path createTemporaryDirectory() {
        try {
            return Files.createTempDirectory("identity-durability");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Copy(Path file, Set<String> savedBefore) {}
}
