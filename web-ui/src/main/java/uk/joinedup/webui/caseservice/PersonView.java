package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as case-service lets the signed-in user see them.
 *
 * @param details address, identifiers and the rest; null when the user may not see them
 * @param families the households they are in now
 * @param entries one page of their chronology, newest first, as filtered
 * @param chronology which page that is, and how many entries the filter matches
 * @param agencies the agencies whose entries the user can see, for the chronology's filter
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
        ChronologyPage chronology,
        int withheld,
        List<WithheldEntries> withheldFrom,
        List<AgencyOption> agencies,
        long version,
        LocalDate asAt) {

    public PersonView {
        families = families == null ? List.of() : families;
        entries = entries == null ? List.of() : entries;
        chronology = chronology == null ? ChronologyPage.NONE : chronology;
        agencies = agencies == null ? List.of() : agencies;
        withheldFrom = withheldFrom == null ? List.of() : withheldFrom;
    }

    public String fullName() {
        return givenNames + " " + familyName;
    }

    /** A household the person belongs to. */
    public record FamilyLink(String familyId, String name) {}
}
