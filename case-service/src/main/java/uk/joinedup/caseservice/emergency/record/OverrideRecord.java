package uk.joinedup.caseservice.emergency.record;

import java.time.Instant;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.emergency.api.OverrideReason;
import uk.joinedup.caseservice.sharing.EmergencyAccess;

/**
 * One emergency override of a person's record, as stored: not yet filtered for any viewer.
 *
 * @param userId the practitioner it opened the record for
 * @param userName their name
 * @param agency their agency
 * @param agencyName its name at the time
 * @param agencyKind its kind at the time, or null if not known
 * @param openedAgencies the agencies whose entries were withheld from the practitioner when they broke
 *     glass
 * @param review its review, or null while it awaits one
 * @param version the sequence number of the last event of this override applied
 */
public record OverrideRecord(
        String overrideId,
        String personId,
        String userId,
        String userName,
        AgencyId agency,
        String agencyName,
        AgencyKind agencyKind,
        OverrideReason reason,
        String explanation,
        Instant from,
        Instant until,
        Set<AgencyId> openedAgencies,
        OverrideReview review,
        long version) {

    public OverrideRecord {
        openedAgencies = openedAgencies == null ? Set.of() : Set.copyOf(openedAgencies);
    }

    /** Whether it opens the record at {@code now}. */
    public boolean activeAt(Instant now) {
        return !now.isBefore(from) && now.isBefore(until);
    }

    /** What the sharing policy reads. */
    public EmergencyAccess access() {
        return new EmergencyAccess(overrideId, userId, from, until);
    }

    OverrideRecord reviewed(OverrideReview newReview, long newVersion) {
        return new OverrideRecord(
                overrideId,
                personId,
                userId,
                userName,
                agency,
                agencyName,
                agencyKind,
                reason,
                explanation,
                from,
                until,
                openedAgencies,
                newReview,
                newVersion);
    }
}
