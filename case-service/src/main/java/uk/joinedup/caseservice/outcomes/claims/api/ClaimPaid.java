package uk.joinedup.caseservice.outcomes.claims.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The submitted claim was paid. */
@Revision("1")
public record ClaimPaid(ClaimId claimId, int claimNumber, LocalDate paidOn) implements ClaimEvent {}
