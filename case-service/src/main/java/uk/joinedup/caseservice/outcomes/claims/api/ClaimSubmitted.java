package uk.joinedup.caseservice.outcomes.claims.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The drafted claim was submitted to the paying department. */
@Revision("1")
public record ClaimSubmitted(ClaimId claimId, int claimNumber, LocalDate submittedOn) implements ClaimEvent {}
