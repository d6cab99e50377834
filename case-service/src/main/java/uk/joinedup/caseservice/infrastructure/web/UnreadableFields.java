package uk.joinedup.caseservice.infrastructure.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says which field of a request body could not be read and what it should have been, in the words of the
 * field messages validation gives: never the value sent, which may be personal data.
 */
final class UnreadableFields {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,59}");

    private UnreadableFields() {}

    /**
     * The field as a dotted path, list positions by number: {@code goals.0.actions.1.ownerAgency}. A name
     * that is no field's (a client may send any key) is not echoed back beyond a short plain name.
     */
    static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? plain(reference.getFieldName())
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static String plain(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "(a field)";
    }

    static String message(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "This field is not part of the request: leave it out";
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() == LocalDate.class) {
            return format.getOriginalMessage().startsWith("Enter")
                    ? format.getOriginalMessage()
                    : "Enter a date like 2025-09-01";
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return expected(mismatched.getTargetType());
        }
        return "This value is not valid";
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "Enter text";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "Enter a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "Enter true or false";
        }
        if (type == LocalDate.class) {
            return "Enter a date like 2025-09-01";
        }
        if (type.isEnum()) {
            return "Choose one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "Send a list";
        }
        return "This value is not valid";
    }
}
