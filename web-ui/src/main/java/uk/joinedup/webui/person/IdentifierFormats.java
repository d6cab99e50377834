package uk.joinedup.webui.person;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * A stopgap until case-service answers an invalid identifier with a 400 naming the field (today its
 * {@code @IdentifierFormat} constraint is not applied and the request fails without a message): the
 * same rules and the same messages as case-service's {@code NhsNumber}, {@code NationalInsuranceNumber}
 * and {@code UniquePupilNumber}, checked before the details are sent. Delete this class when
 * case-service's 400 carries the messages: the form already puts them against these fields.
 */
final class IdentifierFormats {

    private static final Set<String> DISALLOWED_NINO_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private IdentifierFormats() {}

    /** Puts a message against each identifier typed that breaks its rules. */
    static void check(PersonDetailsForm form, Errors errors) {
        reject(errors, "nhsNumber", form.getNhsNumber(), nhsNumberProblem(form.getNhsNumber()));
        reject(
                errors,
                "nationalInsuranceNumber",
                form.getNationalInsuranceNumber(),
                ninoProblem(form.getNationalInsuranceNumber()));
        reject(errors, "uniquePupilNumber", form.getUniquePupilNumber(), upnProblem(form.getUniquePupilNumber()));
    }

    private static void reject(Errors errors, String field, String value, Optional<String> problem) {
        if (value != null && !value.isBlank() && !errors.hasFieldErrors(field)) {
            problem.ifPresent(message -> errors.rejectValue(field, "identifier.invalid", message));
        }
    }

    static Optional<String> nhsNumberProblem(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            return Optional.of("NHS number must be 10 digits");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        if (check == 10 || check != digits.charAt(9) - '0') {
            return Optional.of("NHS number is not valid: its check digit does not match");
        }
        return Optional.empty();
    }

    static Optional<String> ninoProblem(String typed) {
        String nino = compact(typed);
        if (!nino.matches("[A-Z]{2}\\d{6}[A-D]")) {
            return Optional.of(
                    "National Insurance number must be 2 letters, 6 numbers, then A, B, C or D, like QQ 12 34 56 C");
        }
        if ("DFIQUV".indexOf(nino.charAt(0)) >= 0) {
            return Optional.of("National Insurance number cannot start with D, F, I, Q, U or V");
        }
        if ("DFIOQUV".indexOf(nino.charAt(1)) >= 0) {
            return Optional.of("The second letter of a National Insurance number cannot be D, F, I, O, Q, U or V");
        }
        if (DISALLOWED_NINO_PREFIXES.contains(nino.substring(0, 2))) {
            return Optional.of("National Insurance number cannot start with " + nino.substring(0, 2));
        }
        return Optional.empty();
    }

    static Optional<String> upnProblem(String typed) {
        String upn = compact(typed);
        if (!upn.matches("[A-Z]\\d{11}[0-9A-Z]")) {
            return Optional.of("Unique pupil number must be a letter followed by 12 characters, like H801200001001");
        }
        char last = upn.charAt(12);
        if (Character.isLetter(last) && UPN_LETTERS.indexOf(last) < 0) {
            return Optional.of("A temporary unique pupil number cannot end with I, O or S");
        }
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char character = upn.charAt(position - 1);
            sum += (Character.isDigit(character) ? character - '0' : UPN_LETTERS.indexOf(character)) * position;
        }
        if (UPN_LETTERS.charAt(sum % 23) != upn.charAt(0)) {
            return Optional.of("Unique pupil number is not valid: its check letter does not match");
        }
        return Optional.empty();
    }

    private static String compact(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
