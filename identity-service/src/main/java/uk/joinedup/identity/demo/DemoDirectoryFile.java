package uk.joinedup.identity.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/** Reads {@code demo/directory.json}. */
final class DemoDirectoryFile {

    static final String PATH = "demo/directory.json";

    private DemoDirectoryFile() {}

    static DemoDirectory read(ObjectMapper json) {
        try (InputStream in = new ClassPathResource(PATH).getInputStream()) {
            return json.readValue(in, DemoDirectory.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + PATH, e);
        }
    }
}
