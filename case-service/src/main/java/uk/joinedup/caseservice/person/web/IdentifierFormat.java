package uk.joinedup.caseservice.person.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.function.Function;
import uk.joinedup.caseservice.person.api.NationalInsuranceNumber;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.UniquePupilNumber;

/** A national identifier, when given, must pass its own rules; the message says which rule failed. */
@Constraint(validatedBy = IdentifierFormat.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@interface IdentifierFormat {

    Kind value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The identifiers and the rules that check them. */
    enum Kind {
        NHS_NUMBER(NhsNumber::problemWith),
        NATIONAL_INSURANCE_NUMBER(NationalInsuranceNumber::problemWith),
        UNIQUE_PUPIL_NUMBER(UniquePupilNumber::problemWith);

        private final Function<String, Optional<String>> problemWith;

        Kind(Function<String, Optional<String>> problemWith) {
            this.problemWith = problemWith;
        }
    }

    /** Blank passes (identifiers are optional); anything else must be valid. */
    class Validator implements ConstraintValidator<IdentifierFormat, String> {

        private Kind kind;

        @Override
        public void initialize(IdentifierFormat annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            Optional<String> problem = kind.problemWith.apply(value);
            problem.ifPresent(message -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            });
            return problem.isEmpty();
        }
    }
}
