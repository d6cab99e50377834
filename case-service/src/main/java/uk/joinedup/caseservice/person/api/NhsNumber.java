package uk.joinedup.caseservice.person.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** An NHS number: 10 digits, the last a modulus-11 check digit over the first nine. */
public record NhsNumber(@JsonValue String value) {

    @JsonCreator
    public NhsNumber {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Parses what a user typed: spaces and hyphens are allowed between digits. */
    public static NhsNumber parse(String typed) {
        return new NhsNumber(compact(typed));
    }

    /** Why the typed value is not an NHS number, or empty if it is one. */
    public static Optional<String> problemWith(String typed) {
        String digits = compact(typed);
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

    private static String compact(String typed) {
        return TypedIdentifiers.withoutSpaces(typed).replace("-", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
