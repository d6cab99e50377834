package uk.joinedup.caseservice.catalogue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Matcher;

/**
 * An academic year written as its two consecutive calendar years, e.g. 2025/26: 2025/27 and 2025/25 are
 * not academic years. Null is left to {@code @NotBlank}.
 */
@Constraint(validatedBy = AcademicYear.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcademicYear {

    String message() default "Enter the academic year like 2025/26";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether a text is a well-formed academic year. */
    final class Check implements ConstraintValidator<AcademicYear, String> {

        private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("(\\d{4})/(\\d{2})");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || wellFormed(value);
        }

        /** Four digits, a slash and the last two digits of the next year. */
        static boolean wellFormed(String value) {
            Matcher year = FORM.matcher(value);
            return year.matches() && (Integer.parseInt(year.group(1)) + 1) % 100 == Integer.parseInt(year.group(2));
        }
    }
}
