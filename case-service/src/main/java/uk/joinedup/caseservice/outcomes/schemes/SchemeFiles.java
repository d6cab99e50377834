package uk.joinedup.caseservice.outcomes.schemes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one scheme file (YAML) and checks it: an unknown or missing field, a value of the wrong type, an
 * unknown fact kind, or a figure out of range is refused with the file and the field named.
 */
final class SchemeFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Kept for the life of the service: a validator must not outlive its factory. */
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private static final Validator VALIDATOR = VALIDATION.getValidator();

    private SchemeFiles() {}

    /**
     * The scheme a file describes.
     *
     * @param fileName e.g. {@code troubled-families-phase-1.yml}: the scheme's id is the name without extension
     * @param content the file's content
     */
    static Scheme read(String fileName, InputStream content) {
        SchemeFile file;
        try {
            file = YAML.readValue(content, SchemeFile.class);
        } catch (JsonMappingException e) {
            throw new SchemeFileInvalid(fileName, path(e), problem(e), e);
        } catch (IOException e) {
            throw new SchemeFileInvalid(fileName, "(none)", "not readable YAML: " + e.getMessage(), e);
        }
        if (file == null) {
            throw new SchemeFileInvalid(fileName, "(none)", "the file is empty", null);
        }
        Set<ConstraintViolation<SchemeFile>> violations = VALIDATOR.validate(file);
        if (!violations.isEmpty()) {
            ConstraintViolation<SchemeFile> first = violations.stream()
                    .min(Comparator.comparing(
                            violation -> violation.getPropertyPath().toString()))
                    .orElseThrow();
            String all = violations.stream()
                    .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            throw new SchemeFileInvalid(fileName, first.getPropertyPath().toString(), all, null);
        }
        String id = fileName.replaceFirst("\\.ya?ml$", "");
        return new Scheme(id, file.name(), file.source(), file.rules());
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "(top level)" : path.substring(path.startsWith(".") ? 1 : 0);
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        return e.getOriginalMessage();
    }
}
