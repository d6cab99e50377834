package uk.joinedup.caseservice.imports.matching;

/**
 * How the row's first given name agrees with a candidate's, worth up to 25 points. The ways of being alike are
 * tried in order, the most telling first, and worth the same.
 */
enum GivenNameAgreement {
    SAME(25, "Same first name"),
    /** One is the start of the other: a short form ("Jon", Jonathan) or an initial ("J", Jane). */
    SHORT_FORM(15, "One first name is a short form or initial of the other"),
    ONE_SLIP(15, "First name differs by one typing slip"),
    SOUNDS_ALIKE(15, "First name sounds the same"),
    /** Neither the same nor alike: another person, such as a twin, however much else agrees. */
    DIFFERENT(0, "First name differs"),
    /** One of them has none: nothing to compare, nothing said. */
    MISSING(0, null);

    final int points;
    final String reason;

    GivenNameAgreement(int points, String reason) {
        this.points = points;
        this.reason = reason;
    }

    static GivenNameAgreement of(String rowGivenNames, String knownGivenNames) {
        String row = Names.firstGivenName(rowGivenNames);
        String known = Names.firstGivenName(knownGivenNames);
        if (row.isEmpty() || known.isEmpty()) {
            return MISSING;
        }
        if (row.equals(known)) {
            return SAME;
        }
        if (row.startsWith(known) || known.startsWith(row)) {
            return SHORT_FORM;
        }
        if (Names.oneSlip(row, known)) {
            return ONE_SLIP;
        }
        if (Names.soundAlike(row, known)) {
            return SOUNDS_ALIKE;
        }
        return DIFFERENT;
    }
}
