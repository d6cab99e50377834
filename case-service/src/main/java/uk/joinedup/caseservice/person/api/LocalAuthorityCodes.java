package uk.joinedup.caseservice.person.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The local authority codes a Unique Pupil Number may carry in characters 2 to 4, read once from {@code
 * upn-local-authority-codes.txt} beside this class (its header names the published list it comes from).
 */
final class LocalAuthorityCodes {

    private static final String LIST = "upn-local-authority-codes.txt";
    private static final Set<String> CODES = read();

    private LocalAuthorityCodes() {}

    static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    private static Set<String> read() {
        try (InputStream list = LocalAuthorityCodes.class.getResourceAsStream(LIST)) {
            if (list == null) {
                throw new IllegalStateException(LIST + " is missing from the classpath");
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
                return lines.lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(line -> line.substring(0, 3))
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
