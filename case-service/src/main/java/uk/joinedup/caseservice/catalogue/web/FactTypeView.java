package uk.joinedup.caseservice.catalogue.web;

import java.util.List;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A kind of fact as clients see it: enough to build a form for it.
 *
 * @param type the value of a fact's {@code type}
 * @param recordableBy the kinds of agency that may record it
 * @param fields the fact's fields, in order
 */
public record FactTypeView(
        String type, InformationCategory category, List<AgencyKind> recordableBy, List<FieldView> fields) {

    /**
     * One field of a fact.
     *
     * @param input {@code TEXT}, {@code LONG_TEXT}, {@code DATE}, {@code NUMBER}, {@code YES_NO} or {@code CHOICE}
     * @param options the values a {@code CHOICE} allows
     * @param maxLength the longest text allowed, or null
     */
    public record FieldView(String name, String input, boolean required, List<String> options, Integer maxLength) {}
}
