package uk.joinedup.caseservice.imports.extracts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One column of an extract type, as its file documents it for the agencies that produce the extract.
 *
 * @param name the column's heading in the file's first row (matched ignoring case and surrounding spaces)
 * @param maps what the column gives: {@code person.<field>} (who the row is about: givenNames, familyName,
 *     dateOfBirth, postcode, addressLine1, town, nhsNumber, nationalInsuranceNumber, uniquePupilNumber), {@code
 *     fact.<field>} (a field of the extract type's fact), {@code occurredOn} (the fact's date), {@code key}
 *     (part of the row's source key only) or {@code subject.<identifier>} (for a type with an {@link
 *     ExtractSubject}: the nhsNumber, nationalInsuranceNumber or uniquePupilNumber of the person the fact is
 *     recorded on, who must be registered already)
 * @param type how the text is read: {@code text} (the default), {@code date} (in the type's date format) or
 *     {@code number} (a whole number)
 * @param required whether every row must give it
 * @param values for a column with a fixed set of answers: each answer in the file (matched ignoring case)
 *     and the value it stands for
 * @param meaning what the column holds, in plain words
 * @param format how it is written, for example "dd/mm/yyyy"
 */
public record ExtractColumn(
        @NotBlank String name,
        @NotBlank @Pattern(regexp = "person\\.[a-zA-Z0-9]+|fact\\.[a-zA-Z0-9]+|subject\\.[a-zA-Z0-9]+|occurredOn|key")
                String maps,
        @Pattern(regexp = "text|date|number") String type,
        boolean required,
        Map<String, String> values,
        @NotBlank String meaning,
        String format) {

    public ExtractColumn {
        type = type == null ? "text" : type;
        // in the file's order, which the message listing a column's answers follows (Map.copyOf has none)
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The field of the person, fact or subject the column gives, or null for the date and a key-only column. */
    String field() {
        int dot = maps.indexOf('.');
        return dot < 0 ? null : maps.substring(dot + 1);
    }

    boolean givesPerson() {
        return maps.startsWith("person.");
    }

    boolean givesFact() {
        return maps.startsWith("fact.");
    }

    boolean givesSubject() {
        return maps.startsWith("subject.");
    }
}
