package uk.joinedup.caseservice.outcomes.schemes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every payment-by-results scheme, read from {@code schemes/*.yml} on the class path when the service starts:
 * a bad file stops the start with the file and field named ({@link SchemeFileInvalid}).
 */
@Component
public class Schemes {

    static final String LOCATION = "classpath*:schemes/*.yml";

    private final List<Scheme> all;

    public Schemes() {
        this(new PathMatchingResourcePatternResolver(), LOCATION);
    }

    Schemes(ResourcePatternResolver resolver, String location) {
        try {
            all = Arrays.stream(resolver.getResources(location))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(Schemes::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the scheme files at " + location, e);
        }
    }

    /** The schemes, by file name. */
    public List<Scheme> all() {
        return all;
    }

    /** One scheme by its id (its file name without extension). */
    public Scheme byId(String id) {
        return all.stream()
                .filter(scheme -> scheme.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No scheme " + id));
    }

    private static Scheme read(Resource file) {
        try (InputStream content = file.getInputStream()) {
            return SchemeFiles.read(file.getFilename(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scheme file " + file.getFilename(), e);
        }
    }
}
