package uk.joinedup.caseservice.imports.api;

import java.time.LocalDate;
import java.util.List;

/** A registered person a row to review may be about, with the matcher's score and reasons. */
public record Suggestion(
        String personId, String givenNames, String familyName, LocalDate dateOfBirth, int score, List<String> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
