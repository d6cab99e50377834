package uk.joinedup.caseservice.person.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A National Insurance number: two prefix letters, six digits and a suffix A to D, e.g. {@code
 * AB123456C}. HMRC never issues the letters D, F, I, Q, U or V first, nor D, F, I, O, Q, U or V second,
 * nor the prefixes BG, GB, KN, NK, NT, TN and ZZ.
 */
public record NationalInsuranceNumber(@JsonValue String value) {

    private static final Set<String> DISALLOWED_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    @JsonCreator
    public NationalInsuranceNumber {
        problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Parses what a user typed: any case, spaces allowed. */
    public static NationalInsuranceNumber parse(String typed) {
        return new NationalInsuranceNumber(compact(typed));
    }

    /** Why the typed value is not a National Insurance number, or empty if it is one. */
    public static Optional<String> problemWith(String typed) {
        String nino = compact(typed);
        if (!nino.matches("[A-Z]{2}\\d{6}[A-D]")) {
            return Optional.of(
                    "National Insurance number must be 2 letters, 6 numbers, then A, B, C or D, like AB 12 34 56 C");
        }
        if ("DFIQUV".indexOf(nino.charAt(0)) >= 0) {
            return Optional.of("National Insurance number cannot start with D, F, I, Q, U or V");
        }
        if ("DFIOQUV".indexOf(nino.charAt(1)) >= 0) {
            return Optional.of("The second letter of a National Insurance number cannot be D, F, I, O, Q, U or V");
        }
        if (DISALLOWED_PREFIXES.contains(nino.substring(0, 2))) {
            return Optional.of("National Insurance number cannot start with " + nino.substring(0, 2));
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
