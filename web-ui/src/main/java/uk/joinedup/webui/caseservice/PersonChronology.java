package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's chronology as case-service shows it to the signed-in user.
 *
 * @param entries newest first
 * @param withheld how many entries the user may not see
 */
public record PersonChronology(
        String personId,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        List<Entry> entries,
        int withheld) {

    public String fullName() {
        return givenNames + " " + familyName;
    }

    /** One fact in the chronology. */
    public record Entry(
            String entryId,
            String kind,
            LocalDate occurredOn,
            String owningAgency,
            String owningAgencyName,
            String category,
            String text,
            String recordedBy,
            Instant recordedAt) {}
}
