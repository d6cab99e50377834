package uk.joinedup.webui.person;

import java.util.Set;
import org.springframework.validation.Errors;
import uk.joinedup.webui.caseservice.InvalidRequest;

/** Puts case-service's field messages against the form fields they belong to. */
final class FormErrors {

    private static final Set<String> DATE_FIELDS = Set.of("dateOfBirth", "occurredOn");

    private FormErrors() {}

    static void reject(InvalidRequest invalid, Errors errors) {
        if (invalid.problems().isEmpty()) {
            errors.reject("caseService.invalid", invalid.getMessage());
        }
        invalid.problems().forEach(problem -> {
            String field = DATE_FIELDS.contains(problem.field()) ? problem.field() + ".day" : problem.field();
            errors.rejectValue(field, "caseService.invalid", problem.message());
        });
    }
}
