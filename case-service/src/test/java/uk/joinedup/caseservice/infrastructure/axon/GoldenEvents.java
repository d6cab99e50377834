package uk.joinedup.caseservice.infrastructure.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The golden JSON samples of {@code src/test/resources/golden/}, read back as events with the mapper Axon
 * uses: every permitted event of a sealed interface, and one {@code AgencyFactRecorded} per kind of fact.
 * {@link EventSerializationTest} keeps the files in step with the event classes.
 */
public final class GoldenEvents {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper MAPPER = SerializationConfiguration.forAxon(
            Jackson2ObjectMapperBuilder.json().build());

    private GoldenEvents() {}

    /** One golden sample of each event the sealed interface permits (of each kind of fact, where it holds one). */
    public static <E> List<E> every(Class<E> sealed) {
        List<E> events = new ArrayList<>();
        for (Class<?> type : sealed.getPermittedSubclasses()) {
            String revision = type.getAnnotation(Revision.class).value();
            events.add(sealed.cast(read(GOLDEN.resolve(type.getSimpleName() + ".rev-" + revision + ".json"), type)));
            factSamples(type, revision).forEach(file -> events.add(sealed.cast(read(file, type))));
        }
        return events;
    }

    /** The samples of each kind of fact in the event's current revision (older ones are the upcasters' tests). */
    private static List<Path> factSamples(Class<?> type, String revision) {
        if (!type.getSimpleName().equals("AgencyFactRecorded")) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(file -> file.getFileName().toString().startsWith("fact-"))
                    .filter(file -> file.getFileName().toString().endsWith(".rev-" + revision + ".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(Path file, Class<?> type) {
        try {
            return MAPPER.readValue(Files.readString(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read golden sample " + file, e);
        }
    }
}
