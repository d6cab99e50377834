package uk.joinedup.webui.caseservice;

import java.util.List;

/**
 * A kind of agency fact and its fields: enough to build a form for it.
 *
 * @param type the value of a fact's {@code type}, e.g. {@code OffenceProven}
 * @param recordableBy the kinds of agency that may record it
 */
public record FactType(String type, InformationCategory category, List<String> recordableBy, List<Field> fields) {

    public FactType {
        fields = fields == null ? List.of() : fields;
    }

    /**
     * One field of a fact.
     *
     * @param input {@code TEXT}, {@code LONG_TEXT}, {@code DATE}, {@code NUMBER}, {@code YES_NO} or
     *     {@code CHOICE}
     * @param options the values a {@code CHOICE} allows
     * @param maxLength the longest text allowed, or null
     */
    public record Field(String name, String input, boolean required, List<String> options, Integer maxLength) {

        public Field {
            options = options == null ? List.of() : options;
        }
    }
}
