package uk.joinedup.caseservice.sharing;

import java.time.LocalDate;
import java.util.Objects;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * What the policy needs to know about an entry.
 *
 * @param owningAgency the agency that recorded it, or null for existence, which belongs to no agency
 * @param owningAgencyKind that agency's kind, or null if not known (agreements naming kinds then do not
 *     apply)
 * @param category the kind of information
 * @param kind what it discloses
 * @param businessDate the day it happened, or null if it has none
 */
public record SharedEntry(
        AgencyId owningAgency,
        AgencyKind owningAgencyKind,
        InformationCategory category,
        EntryKind kind,
        LocalDate businessDate) {

    public SharedEntry {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        if (kind != EntryKind.EXISTENCE) {
            Objects.requireNonNull(owningAgency, "owningAgency");
        }
    }

    /** That a person or family exists. */
    public static SharedEntry existence() {
        return new SharedEntry(null, null, InformationCategory.IDENTITY, EntryKind.EXISTENCE, null);
    }

    /** Family-level casework recorded by an agency. */
    public static SharedEntry casework(AgencyId recordedBy, AgencyKind kind, LocalDate businessDate) {
        return new SharedEntry(recordedBy, kind, InformationCategory.FAMILY, EntryKind.CASEWORK, businessDate);
    }

    /** A person's details, an agency fact about them, or free text describing information of a category. */
    public static SharedEntry agencyRecord(
            AgencyId owningAgency, AgencyKind kind, InformationCategory category, LocalDate businessDate) {
        return new SharedEntry(owningAgency, kind, category, EntryKind.AGENCY_RECORD, businessDate);
    }
}
