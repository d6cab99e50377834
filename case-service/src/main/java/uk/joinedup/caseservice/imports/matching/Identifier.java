package uk.joinedup.caseservice.imports.matching;

import java.util.function.Function;

/** The identifiers an extract may carry, and how the matcher names each in its reasons (never its value). */
enum Identifier {
    NHS_NUMBER("NHS number", ExtractIdentity::nhsNumber, KnownPerson::nhsNumber),
    NATIONAL_INSURANCE_NUMBER(
            "National Insurance number",
            ExtractIdentity::nationalInsuranceNumber,
            KnownPerson::nationalInsuranceNumber),
    UNIQUE_PUPIL_NUMBER("unique pupil number", ExtractIdentity::uniquePupilNumber, KnownPerson::uniquePupilNumber);

    final String label;
    private final Function<ExtractIdentity, String> ofRow;
    private final Function<KnownPerson, String> ofKnown;

    Identifier(String label, Function<ExtractIdentity, String> ofRow, Function<KnownPerson, String> ofKnown) {
        this.label = label;
        this.ofRow = ofRow;
        this.ofKnown = ofKnown;
    }

    /** Whether the row and the person both hold this identifier, with the same value. */
    boolean shared(ExtractIdentity row, KnownPerson known) {
        return held(row, known) && ofRow.apply(row).equals(ofKnown.apply(known));
    }

    /** Whether the row and the person both hold this identifier, with different values. */
    boolean differs(ExtractIdentity row, KnownPerson known) {
        return held(row, known) && !ofRow.apply(row).equals(ofKnown.apply(known));
    }

    private boolean held(ExtractIdentity row, KnownPerson known) {
        return present(ofRow.apply(row)) && present(ofKnown.apply(known));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
