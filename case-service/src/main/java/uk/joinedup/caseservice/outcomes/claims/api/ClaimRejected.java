package uk.joinedup.caseservice.outcomes.claims.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The paying department rejected the submitted claim: the result may be claimed again.
 *
 * @param reason the department's reason
 */
@Revision("1")
public record ClaimRejected(ClaimId claimId, int claimNumber, LocalDate rejectedOn, String reason)
        implements ClaimEvent {}
