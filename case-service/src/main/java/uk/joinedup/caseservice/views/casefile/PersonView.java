package uk.joinedup.caseservice.views.casefile;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.person.api.PersonDetails;

/**
 * A person as one viewer may see them.
 *
 * @param details address, identifiers and the rest: null unless the viewer may see the registering
 *     agency's identity information; name and date of birth are always shown, for matching
 * @param families the households they are in now
 * @param entries one page of their chronology, newest first, filtered
 * @param chronology which page {@code entries} is, and how many entries the filter matches
 * @param withheld how many entries the viewer may not see
 * @param withheldFrom those entries counted by agency, category and reason
 * @param agencies the agencies whose entries the viewer can see, for filtering
 * @param version the record's version, to send back with a correction
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

    /** A household the person belongs to. */
    public record FamilyLink(String familyId, String name) {}
}
