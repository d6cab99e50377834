package uk.joinedup.caseservice.infrastructure.configuration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A YAML configuration file read into its record and checked: an unknown field, a value of the wrong type, text
 * after the document, an empty file or a record Bean Validation refuses is refused, naming the file and every
 * problem.
 */
public final class CheckedYaml {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Kept for the life of the service: a validator must not outlive its factory. */
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private static final Validator VALIDATOR = VALIDATION.getValidator();

    private CheckedYaml() {}

    /** How a file that cannot be used is refused: its name, what is wrong, and the cause if there is one. */
    @FunctionalInterface
    public interface Refusal {
        RuntimeException of(String fileName, String problem, Exception cause);
    }

    /** The file's record, checked; a file that cannot be used is refused as {@code refused} says. */
    public static <T> T read(String fileName, InputStream content, Class<T> type, Refusal refused) {
        T file;
        try {
            file = YAML.readValue(content, type);
        } catch (JsonMappingException e) {
            throw refused.of(fileName, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw refused.of(fileName, "not readable YAML: " + e.getMessage(), e);
        }
        if (file == null) {
            throw refused.of(fileName, "the file is empty", null);
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(file);
        if (!violations.isEmpty()) {
            throw refused.of(
                    fileName,
                    violations.stream()
                            .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                            .sorted()
                            .collect(Collectors.joining("; ")),
                    null);
        }
        return file;
    }
}
