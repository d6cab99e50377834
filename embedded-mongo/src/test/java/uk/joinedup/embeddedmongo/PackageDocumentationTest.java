package uk.joinedup.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package says what it owns in a package-info.java. */
class PackageDocumentationTest {

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> directories = Files.walk(sources)) {
            List<Path> undocumented = directories
                    .filter(Files::isDirectory)
                    .filter(PackageDocumentationTest::holdsJavaFiles)
                    .filter(directory -> !Files.exists(directory.resolve("package-info.java")))
                    .toList();
            assertThat(undocumented).as("packages without package-info.java").isEmpty();
        }
    }

    private static boolean holdsJavaFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
