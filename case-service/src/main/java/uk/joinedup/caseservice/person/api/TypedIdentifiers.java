package uk.joinedup.caseservice.person.api;

import java.util.regex.Pattern;

/**
 * What people paste into an identifier field besides the identifier: ordinary spaces and the other
 * Unicode spaces (a non-breaking space from a letter or a spreadsheet, zero-width spaces and joiners, a
 * byte-order mark). They mean nothing in an identifier and are removed before it is checked.
 */
final class TypedIdentifiers {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u180E\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

    private TypedIdentifiers() {}

    static String withoutSpaces(String typed) {
        return typed == null ? "" : SPACES.matcher(typed).replaceAll("");
    }
}
