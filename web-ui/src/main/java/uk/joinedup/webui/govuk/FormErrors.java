package uk.joinedup.webui.govuk;

import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.InvalidRequest;

/**
 * Puts what case-service said about a request against the fields of the form it came from, for the
 * GOV.UK error summary and error messages.
 */
public final class FormErrors {

    private FormErrors() {}

    /** What became of a change sent to case-service. */
    public enum Outcome {
        /** Made. */
        DONE,
        /** Refused, with the reasons put on the form. */
        REFUSED,
        /** Someone else changed the record since the version the form was made from. */
        CONFLICT
    }

    /**
     * Sends a change. Field messages go against the form's fields ({@code toFormField} as for {@link
     * #reject(InvalidRequest, BindingResult, UnaryOperator)}); a refusal (a rule, or not allowed) is a
     * message about the whole form; a conflict is the message {@code conflictCode}.
     */
    public static Outcome attempt(
            Runnable change, BindingResult errors, UnaryOperator<String> toFormField, String conflictCode) {
        return attempt(change, errors, toFormField, code -> null, conflictCode);
    }

    /**
     * As {@link #attempt(Runnable, BindingResult, UnaryOperator, String)}; a refusal goes against the form
     * field {@code refusedField} names for its rule's code (e.g. {@code consent-too-long} against {@code
     * validUntil}; its day, for a date), or is about the whole form when it names none (null).
     */
    public static Outcome attempt(
            Runnable change,
            BindingResult errors,
            UnaryOperator<String> toFormField,
            UnaryOperator<String> refusedField,
            String conflictCode) {
        try {
            change.run();
            return Outcome.DONE;
        } catch (InvalidRequest invalid) {
            reject(invalid, errors, toFormField);
        } catch (CaseServiceProblem.Conflict conflict) {
            errors.reject(conflictCode);
            return Outcome.CONFLICT;
        } catch (CaseServiceProblem.Refused refused) {
            String field = refused.code() == null ? null : refusedField.apply(refused.code());
            Class<?> type = field == null ? null : fieldType(errors, field);
            if (type == null) {
                refused(refused, errors);
            } else {
                errors.rejectValue(
                        DateInput.class.equals(type) ? field + ".day" : field,
                        "caseService.refused",
                        refused.getMessage());
            }
        } catch (CaseServiceProblem.Forbidden forbidden) {
            refused(forbidden, errors);
        }
        return Outcome.REFUSED;
    }

    /** The request's field names are the form's. */
    public static void reject(InvalidRequest invalid, BindingResult errors) {
        reject(invalid, errors, UnaryOperator.identity());
    }

    /**
     * Each of case-service's field messages goes against the form field {@code toFormField} names for
     * it (its day, for a date); a field the form does not have (null, or not a property of the form)
     * becomes a message about the whole form, so nothing case-service said is lost.
     */
    public static void reject(InvalidRequest invalid, BindingResult errors, UnaryOperator<String> toFormField) {
        if (invalid.problems().isEmpty()) {
            errors.reject("caseService.invalid", invalid.getMessage());
        }
        invalid.problems().forEach(problem -> {
            String field = problem.field() == null ? null : toFormField.apply(problem.field());
            Class<?> type = field == null ? null : fieldType(errors, field);
            if (type == null) {
                errors.reject("caseService.invalid", problem.message());
            } else if (DateInput.class.equals(type)) {
                errors.rejectValue(field + ".day", "caseService.invalid", problem.message());
            } else {
                errors.rejectValue(field, "caseService.invalid", problem.message());
            }
        });
    }

    /**
     * Adds case-service's messages for the fields the form's own checks passed, so that one submission
     * shows every problem: the form's checks and case-service's rules (e.g. an identifier's check
     * digit) each on their own fields.
     */
    public static void addWhereNoneYet(
            List<InvalidRequest.FieldProblem> problems, BindingResult errors, UnaryOperator<String> toFormField) {
        List<InvalidRequest.FieldProblem> fresh = problems.stream()
                .filter(problem -> problem.field() != null)
                .filter(problem -> {
                    String field = toFormField.apply(problem.field());
                    return field != null && !errors.hasFieldErrors(field) && !errors.hasFieldErrors(field + ".*");
                })
                .toList();
        if (!fresh.isEmpty()) {
            reject(new InvalidRequest(null, fresh), errors, toFormField);
        }
    }

    /** case-service refused the request (a rule, or the user may not): its message is about the whole form. */
    public static void refused(CaseServiceProblem problem, BindingResult errors) {
        errors.reject("caseService.refused", problem.getMessage());
    }

    private static Class<?> fieldType(BindingResult errors, String field) {
        try {
            return errors.getFieldType(field);
        } catch (RuntimeException notAProperty) {
            return null;
        }
    }
}
