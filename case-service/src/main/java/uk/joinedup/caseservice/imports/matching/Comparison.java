package uk.joinedup.caseservice.imports.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One candidate compared with the row, part by part, and scored.
 *
 * @param shared the identifiers the row and the candidate hold with the same value
 * @param differing the identifiers they both hold with different values: someone else, or a mistake to review
 * @param score see {@link #of}
 */
record Comparison(
        KnownPerson person,
        DateOfBirthAgreement dateOfBirth,
        FamilyNameAgreement familyName,
        GivenNameAgreement givenName,
        PostcodeAgreement postcode,
        List<Identifier> shared,
        List<Identifier> differing,
        int score) {

    /**
     * The comparison of a candidate with the row. It scores 100 when it is identified (see {@link
     * #identified()}); otherwise the points of its four parts, but never the review threshold when the first
     * names differ: a twin, whose date of birth, family name and postcode all agree, is not a candidate and is
     * no rival to the twin the row names.
     */
    static Comparison of(ExtractIdentity row, KnownPerson known, MatchThresholds thresholds) {
        DateOfBirthAgreement dateOfBirth = DateOfBirthAgreement.of(row.dateOfBirth(), known.dateOfBirth());
        FamilyNameAgreement familyName = FamilyNameAgreement.of(row.familyName(), known);
        GivenNameAgreement givenName = GivenNameAgreement.of(row.givenNames(), known.givenNames());
        PostcodeAgreement postcode = PostcodeAgreement.of(row.postcode(), known.postcode());
        List<Identifier> shared = Arrays.stream(Identifier.values())
                .filter(identifier -> identifier.shared(row, known))
                .toList();
        List<Identifier> differing = Arrays.stream(Identifier.values())
                .filter(identifier -> identifier.differs(row, known))
                .toList();
        int points = dateOfBirth.points + familyName.points + givenName.points + postcode.points;
        int score;
        if (identified(shared, differing, givenName, dateOfBirth)) {
            score = 100;
        } else if (givenName == GivenNameAgreement.DIFFERENT) {
            score = Math.min(points, Math.max(0, thresholds.review() - 1));
        } else {
            score = points;
        }
        return new Comparison(known, dateOfBirth, familyName, givenName, postcode, shared, differing, score);
    }

    /** Whether the row and the candidate hold any identifier with the same value. */
    boolean sharesAnIdentifier() {
        return !shared.isEmpty();
    }

    /**
     * Whether a shared identifier is confirmed by the same first name and date of birth (or that date with day
     * and month swapped), and no identifier of the same kind differs: the row is theirs.
     */
    boolean identified() {
        return identified(shared, differing, givenName, dateOfBirth);
    }

    ScoredCandidate scored() {
        return new ScoredCandidate(person.personId(), score, reasons());
    }

    private static boolean identified(
            List<Identifier> shared,
            List<Identifier> differing,
            GivenNameAgreement givenName,
            DateOfBirthAgreement dateOfBirth) {
        return !shared.isEmpty() && differing.isEmpty() && confirmed(givenName, dateOfBirth);
    }

    private static boolean confirmed(GivenNameAgreement givenName, DateOfBirthAgreement dateOfBirth) {
        return givenName == GivenNameAgreement.SAME && dateOfBirth.confirms();
    }

    private List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        shared.forEach(identifier -> reasons.add(sharedReason(identifier)));
        differing.forEach(identifier -> reasons.add("A different " + identifier.label + " is recorded for them"));
        Stream.of(dateOfBirth.reason, familyName.reason, givenName.reason, postcode.reason)
                .filter(Objects::nonNull)
                .forEach(reasons::add);
        return reasons;
    }

    private String sharedReason(Identifier identifier) {
        if (confirmed(givenName, dateOfBirth)) {
            return "Same " + identifier.label + ", confirmed by the first name and date of birth";
        }
        List<String> unconfirmed = new ArrayList<>();
        if (givenName == GivenNameAgreement.MISSING) {
            unconfirmed.add("there is no first name to confirm it");
        } else if (givenName != GivenNameAgreement.SAME) {
            unconfirmed.add("the first name differs");
        }
        if (dateOfBirth == DateOfBirthAgreement.MISSING) {
            unconfirmed.add("there is no date of birth to confirm it");
        } else if (!dateOfBirth.confirms()) {
            unconfirmed.add("the date of birth differs");
        }
        return "Same " + identifier.label + ", but " + String.join(" and ", unconfirmed);
    }
}
