package uk.joinedup.caseservice.retention.evaluation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The dates retention is worked out from, for one person or family.
 *
 * @param dateOfBirth a person's, if known; empty for a family
 * @param cases whether a case is open, and when the last closed
 * @param lastFacts the business date of the last fact held in each category: the categories held
 */
public record SubjectDates(
        Optional<LocalDate> dateOfBirth, Cases cases, Map<InformationCategory, LocalDate> lastFacts) {

    public SubjectDates {
        lastFacts = Map.copyOf(lastFacts);
    }
}
