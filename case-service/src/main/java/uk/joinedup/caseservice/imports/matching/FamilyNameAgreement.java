package uk.joinedup.caseservice.imports.matching;

/** How the row's family name agrees with a candidate's, now or before a change, worth up to 30 points. */
enum FamilyNameAgreement {
    SAME(30, "Same family name"),
    /** The row has a family name they had before (a marriage, a child taking a step-parent's name). */
    PREVIOUS(30, "Family name matches their family name before a change"),
    ONE_SLIP(20, "Family name differs by one typing slip"),
    SOUNDS_ALIKE(20, "Family name sounds the same"),
    DIFFERENT(0, "Family name differs"),
    /** One of them has none: nothing to compare, nothing said. */
    MISSING(0, null);

    final int points;
    final String reason;

    FamilyNameAgreement(int points, String reason) {
        this.points = points;
        this.reason = reason;
    }

    static FamilyNameAgreement of(String rowFamilyName, KnownPerson known) {
        String row = Names.letters(rowFamilyName);
        String current = Names.letters(known.familyName());
        if (row.isEmpty()) {
            return MISSING;
        }
        if (row.equals(current)) {
            return SAME;
        }
        if (Names.familyNamesBefore(known.previousNames()).contains(row)) {
            return PREVIOUS;
        }
        if (current.isEmpty()) {
            return MISSING;
        }
        if (Names.oneSlip(row, current)) {
            return ONE_SLIP;
        }
        if (Names.soundAlike(row, current)) {
            return SOUNDS_ALIKE;
        }
        return DIFFERENT;
    }
}
