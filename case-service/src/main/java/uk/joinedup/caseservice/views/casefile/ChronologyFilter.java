package uk.joinedup.caseservice.views.casefile;

import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.chronology.ChronologyEntry;

/**
 * Narrows a chronology to one agency and/or one category; null means any.
 *
 * @param agency only entries this agency recorded
 * @param category only entries of this kind of information
 */
public record ChronologyFilter(AgencyId agency, InformationCategory category) {

    public static ChronologyFilter none() {
        return new ChronologyFilter(null, null);
    }

    boolean matches(ChronologyEntry entry) {
        return (agency == null || agency.equals(entry.owningAgency()))
                && (category == null || category == entry.category());
    }
}
