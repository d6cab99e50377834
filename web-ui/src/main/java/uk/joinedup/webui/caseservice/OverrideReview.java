package uk.joinedup.webui.caseservice;

import java.time.Instant;

/**
 * The review of an emergency override.
 *
 * @param justified whether breaking glass was found justified
 * @param note what the reviewer found
 * @param reviewedBy who reviewed it
 * @param agency their agency's id
 */
public record OverrideReview(
        boolean justified, String note, String reviewedBy, String agency, String agencyName, Instant at) {}
