package uk.joinedup.caseservice.infrastructure.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Every date a client sends is an ISO date ({@code 2025-09-01}) between {@link #EARLIEST} and {@link
 * #LATEST}: nothing this service records happened before anybody now living was born, or is planned two
 * centuries ahead. Tighter rules (no date of birth in the future, nothing before a person's birth) are the
 * features' own; this bound keeps absurd years ({@code -999999999-01-01}) out of every field at once.
 */
final class SaneDates extends StdScalarDeserializer<LocalDate> {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    static final String NOT_A_DATE = "Enter a date like 2025-09-01";
    static final String OUT_OF_RANGE = "Enter a real date, between 1 January 1900 and 31 December 2199";

    SaneDates() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw InvalidFormatException.from(parser, NOT_A_DATE, null, LocalDate.class);
        }
        String text = parser.getText().strip();
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw InvalidFormatException.from(parser, NOT_A_DATE, null, LocalDate.class);
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw InvalidFormatException.from(parser, OUT_OF_RANGE, null, LocalDate.class);
        }
        return date;
    }
}
