package uk.joinedup.caseservice.sharing;

import java.time.Instant;
import java.util.Objects;

/**
 * An emergency override ("break glass"): one practitioner may see a person's withheld record for a
 * limited time, for a recorded reason that the owning agencies and the information-governance officer
 * review.
 *
 * @param overrideId the override's id, named as the basis of what it opens
 * @param userId the practitioner it is for
 * @param from when it began
 * @param until when it ends
 */
public record EmergencyAccess(String overrideId, String userId, Instant from, Instant until) {

    public EmergencyAccess {
        Objects.requireNonNull(overrideId, "overrideId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** Whether it lets {@code viewerId} see the record at {@code now}. */
    public boolean opensFor(String viewerId, Instant now) {
        return userId.equals(viewerId) && !now.isBefore(from) && now.isBefore(until);
    }
}
