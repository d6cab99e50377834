package uk.joinedup.caseservice.sharing;

import java.time.LocalDate;
import java.util.Objects;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * What the policy needs to know about an entry.
 *
 * @param owningAgency the agency that recorded it, or null for existence and published information, which
 *     belong to no agency
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
        if (kind != EntryKind.EXISTENCE && kind != EntryKind.PUBLISHED) {
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

    /**
     * A consent, an emergency override or another record of how a person's information is shared,
     * recorded by an agency. Filed under identity: it says where the person's information goes, not
     * what it is.
     */
    public static SharedEntry sharingRecord(AgencyId recordedBy, AgencyKind kind, LocalDate businessDate) {
        return new SharedEntry(recordedBy, kind, InformationCategory.IDENTITY, EntryKind.SHARING_RECORD, businessDate);
    }

    /** Information about no one, such as a sharing agreement: filed under identity, like existence. */
    public static SharedEntry published() {
        return new SharedEntry(null, null, InformationCategory.IDENTITY, EntryKind.PUBLISHED, null);
    }

    /** A person's details, an agency fact about them, or free text describing information of a category. */
    public static SharedEntry agencyRecord(
            AgencyId owningAgency, AgencyKind kind, InformationCategory category, LocalDate businessDate) {
        return new SharedEntry(owningAgency, kind, category, EntryKind.AGENCY_RECORD, businessDate);
    }
}
