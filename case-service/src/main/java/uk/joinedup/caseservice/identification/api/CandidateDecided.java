package uk.joinedup.caseservice.identification.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A practitioner decided about a candidate for early help. Who decided is in the message's metadata.
 *
 * @param reason why, in plain words
 * @param decidedOn the day decided
 */
@Revision("1")
public record CandidateDecided(CandidateId candidateId, CandidateDecision decision, String reason, LocalDate decidedOn)
        implements IdentificationEvent {}
