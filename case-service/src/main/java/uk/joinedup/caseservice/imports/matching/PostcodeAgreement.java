package uk.joinedup.caseservice.imports.matching;

import uk.joinedup.caseservice.infrastructure.search.Postcodes;

/**
 * How the row's postcode agrees with a candidate's, worth up to 10 points: the least of any part, because
 * families move and agencies update addresses at different times. The same sector ("SO14 0", a few thousand
 * addresses) is a move round the corner or an old address.
 */
enum PostcodeAgreement {
    SAME(10, "Same postcode"),
    SAME_SECTOR(5, "Postcode in the same area"),
    DIFFERENT(0, "Postcode differs"),
    /** One of them has none, or not a postcode: nothing to compare, nothing said. */
    MISSING(0, null);

    final int points;
    final String reason;

    PostcodeAgreement(int points, String reason) {
        this.points = points;
        this.reason = reason;
    }

    static PostcodeAgreement of(String row, String known) {
        String rowPostcode = Postcodes.normalise(row);
        String knownPostcode = Postcodes.normalise(known);
        if (rowPostcode == null || knownPostcode == null) {
            return MISSING;
        }
        if (rowPostcode.equals(knownPostcode)) {
            return SAME;
        }
        if (Postcodes.sectorKey(rowPostcode).equals(Postcodes.sectorKey(knownPostcode))) {
            return SAME_SECTOR;
        }
        return DIFFERENT;
    }
}
