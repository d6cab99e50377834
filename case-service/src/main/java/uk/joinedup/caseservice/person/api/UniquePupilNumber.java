package uk.joinedup.caseservice.person.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * A Unique Pupil Number: a check letter then 12 digits, or for a temporary UPN 11 digits and a letter.
 * The check letter is the modulo-23 sum of characters 2 to 13, each weighted by its position, mapped
 * to {@code ABCDEFGHJKLMNPQRTUVWXYZ} (no I, O or S); a final letter counts as its place in that list.
 * Characters 2 to 4 are the code of the local authority that allocated it, which must be one of {@link
 * LocalAuthorityCodes}; then 4 digits of the establishment and 3 of a serial number (the school census
 * validation rules). Spaces of any kind pasted in are ignored.
 */
public record UniquePupilNumber(@JsonValue String value) {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    @JsonCreator
    public UniquePupilNumber {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Parses what a user typed: any case, spaces allowed. */
    public static UniquePupilNumber parse(String typed) {
        return new UniquePupilNumber(compact(typed));
    }

    /** Why the typed value is not a UPN, or empty if it is one. */
    public static Optional<String> problemWith(String typed) {
        String upn = compact(typed);
        if (!upn.matches("[A-Z]\\d{11}[0-9A-Z]")) {
            return Optional.of("Unique pupil number must be a letter followed by 12 characters, like H801200001001");
        }
        char last = upn.charAt(12);
        if (Character.isLetter(last) && LETTERS.indexOf(last) < 0) {
            return Optional.of("A temporary unique pupil number cannot end with I, O or S");
        }
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char character = upn.charAt(position - 1);
            int value = Character.isDigit(character) ? character - '0' : LETTERS.indexOf(character);
            sum += value * position;
        }
        if (LETTERS.charAt(sum % 23) != upn.charAt(0)) {
            return Optional.of("Unique pupil number is not valid: its check letter does not match");
        }
        if (!LocalAuthorityCodes.isKnown(upn.substring(1, 4))) {
            return Optional.of("Unique pupil number is not valid: characters 2 to 4 are not a local authority's code");
        }
        return Optional.empty();
    }

    private static String compact(String typed) {
        return TypedIdentifiers.withoutSpaces(typed).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
