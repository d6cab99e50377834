package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as case-service lets the signed-in user see them.
 *
 * @param details address, identifiers and the rest; null when the user may not see them
 * @param families the households they are in now
 * @param entries their chronology, newest first, as filtered
 * @param withheld how many entries the user may not see
 * @param withheldFrom those entries counted by agency, category and reason
 * @param version send back as {@code expectedVersion} with a correction
 * @param asAt the date the view is "as at", or null for now
 */
public record PersonView(
        String personId,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        LocalDate dateOfDeath,
        PersonDetails details,
        List<FamilyLink> families,
        List<ChronologyEntry> entries,
        int withheld,
        List<WithheldEntries> withheldFrom,
        long version,
        LocalDate asAt) {

    public PersonView {
        families = families == null ? List.of() : families;
        entries = entries == null ? List.of() : entries;
        withheldFrom = withheldFrom == null ? List.of() : withheldFrom;
    }

    public String fullName() {
        return givenNames + " " + familyName;
    }

    /** A household the person belongs to. */
    public record FamilyLink(String familyId, String name) {}
}
