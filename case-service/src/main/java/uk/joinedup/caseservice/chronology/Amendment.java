package uk.joinedup.caseservice.chronology;

import java.time.Instant;
import java.time.LocalDate;
import uk.joinedup.caseservice.catalogue.AgencyFact;

/**
 * A later change to a chronology entry: a correction (with what it said before) or a retraction.
 *
 * @param kind {@code CORRECTED} or {@code RETRACTED}
 * @param previousFact what the fact said before a correction, null for a retraction
 * @param previousOccurredOn the date before a correction, null for a retraction
 */
public record Amendment(
        String kind, String reason, AgencyFact previousFact, LocalDate previousOccurredOn, String by, Instant at) {

    public static final String CORRECTED = "CORRECTED";
    public static final String RETRACTED = "RETRACTED";
}
