package uk.joinedup.caseservice.emergency.record;

import java.time.Instant;
import uk.joinedup.caseservice.agency.AgencyId;

/**
 * The review of an override.
 *
 * @param justified whether breaking glass was found justified
 * @param note what the reviewer found
 * @param reviewedBy who reviewed it
 * @param agency their agency
 * @param agencyName its name at the time
 * @param at when
 */
public record OverrideReview(
        boolean justified, String note, String reviewedBy, AgencyId agency, String agencyName, Instant at) {}
