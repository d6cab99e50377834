package uk.joinedup.caseservice.infrastructure.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import uk.joinedup.caseservice.agency.DirectoryUnavailable;
import uk.joinedup.caseservice.rules.NoSuchRecord;
import uk.joinedup.caseservice.rules.RecordErased;
import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * Refusals, invalid input, unknown records and concurrent edits as problem details. Invalid input
 * lists every field with its message under {@code errors}; refusals carry their rule's {@code code}.
 * Too many searches is 429 with {@code Retry-After}; the staff directory down is 503; a body over the
 * limit ({@link RequestBodyLimit}) is 413.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail refused(RuleViolation violation) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, violation.getMessage());
        problem.setTitle("The request breaks a rule");
        problem.setProperty("code", violation.code());
        return problem;
    }

    /** An unknown record and one the actor may not know of are answered alike. */
    /** A body a handler reads itself (an extract's file) passed its limit while being read. */
    @ExceptionHandler(RequestBodyLimit.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyLimit.TooLarge tooLarge) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyLimit.tooLarge(tooLarge.most()));
        problem.setTitle("Request too large");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .header(HttpHeaders.CONNECTION, "close")
                .body(problem);
    }

    @ExceptionHandler(RecordErased.class)
    ProblemDetail gone(RecordErased erased) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, erased.getMessage());
        problem.setTitle("Record erased");
        return problem;
    }

    @ExceptionHandler({AggregateNotFoundException.class, NoSuchRecord.class})
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record");
    }

    @ExceptionHandler(SearchLimits.TooManySearches.class)
    ResponseEntity<ProblemDetail> tooManySearches(SearchLimits.TooManySearches tooMany) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "You have searched more often than allowed in a minute. Try again in " + tooMany.retryAfterSeconds()
                        + " seconds.");
        problem.setTitle("Too many searches");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(DirectoryUnavailable.class)
    ProblemDetail directoryUnavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The staff directory is not available, so nobody can be added to a team just now. Try again shortly.");
        problem.setTitle("Staff directory not available");
        return problem;
    }

    @ExceptionHandler({ConcurrencyException.class, ConflictingModificationException.class})
    ProblemDetail conflict() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "Someone else changed this record at the same time. Reload it and try again.");
        problem.setTitle("Concurrent change");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        Throwable cause = unreadable.getCause();
        RequestBodyLimit.TooLarge tooLarge = tooLarge(unreadable);
        if (tooLarge != null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.PAYLOAD_TOO_LARGE, RequestBodyLimit.tooLarge(tooLarge.most()));
            problem.setTitle("Request too large");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .header(HttpHeaders.CONNECTION, "close")
                    .body(problem);
        }
        if (cause instanceof InvalidTypeIdException unknownType) {
            return invalid("Unknown type '" + unknownType.getTypeId() + "': see GET /api/fact-types", List.of());
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = UnreadableFields.path(mapping);
            return invalid(
                    "Some fields are not valid",
                    List.of(Map.of("field", field, "message", UnreadableFields.message(mapping))));
        }
        if (cause instanceof JsonParseException parse
                && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return invalid("A field is given twice: send each field once", List.of());
        }
        return invalid("The request body is not valid JSON", List.of());
    }

    private static RequestBodyLimit.TooLarge tooLarge(Throwable unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.TooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    /** 400 with the fields' messages; the values sent are never echoed back. */
    private static ResponseEntity<Object> invalid(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid");
        problem.setTitle("Invalid request");
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
