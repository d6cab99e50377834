package uk.joinedup.caseservice.imports.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person the index already holds, as a candidate for a row. Every part but the id may be missing (null);
 * the identifiers are normalised as in {@link ExtractIdentity}.
 *
 * @param previousNames full names ("given family") they were recorded under before, for example before a
 *     marriage; none if null
 */
public record KnownPerson(
        String personId,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String nhsNumber,
        String nationalInsuranceNumber,
        String uniquePupilNumber,
        List<String> previousNames) {

    public KnownPerson {
        Objects.requireNonNull(personId, "personId");
        previousNames = previousNames == null
                ? List.of()
                : previousNames.stream().filter(Objects::nonNull).toList();
    }
}
