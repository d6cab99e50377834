package uk.joinedup.caseservice.chronology;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's chronology as one viewer may see it.
 *
 * @param entries newest first
 * @param withheld how many entries exist that this viewer may not see
 */
public record PersonChronologyView(
        String personId,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        List<ChronologyEntry> entries,
        int withheld) {}
