package uk.joinedup.caseservice.sharing;

import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * What the policy needs to know about an entry.
 *
 * @param owningAgency the agency that recorded it
 * @param category the kind of information
 * @param kind what it discloses
 */
public record SharedEntry(AgencyId owningAgency, InformationCategory category, EntryKind kind) {

    /**
     * That a person or family exists (name, date of birth, case status). It belongs to no agency: the
     * owning agency is null.
     */
    public static SharedEntry existence() {
        return new SharedEntry(null, InformationCategory.IDENTITY, EntryKind.EXISTENCE);
    }

    /** Family-level casework recorded by an agency. */
    public static SharedEntry casework(AgencyId recordedBy) {
        return new SharedEntry(recordedBy, InformationCategory.FAMILY, EntryKind.CASEWORK);
    }

    /** A person's details or an agency fact about them. */
    public static SharedEntry agencyRecord(AgencyId owningAgency, InformationCategory category) {
        return new SharedEntry(owningAgency, category, EntryKind.AGENCY_RECORD);
    }
}
