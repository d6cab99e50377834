package uk.joinedup.caseservice.infrastructure.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request whose parameters are not valid, checked by hand where bean validation cannot say it (a
 * search needs at least one of several fields). Its {@link #problem()} is the same 400 body as bean
 * validation's: a message per field under {@code errors}, the values sent never echoed back.
 */
public final class InvalidFields extends RuntimeException {

    private final transient List<Map<String, String>> errors;

    /** @param errors each a {@code field} with its {@code message}, as {@link #error} makes them */
    public InvalidFields(List<Map<String, String>> errors) {
        super("invalid fields", null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** One field's error. */
    public static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    /** The answer: 400, "Some fields are not valid", and the errors. */
    public ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
