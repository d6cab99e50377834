package uk.joinedup.caseservice.identification.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Record a decision about a candidate for early help.
 *
 * @param reason why, in plain words: required, at most {@value #REASON_AT_MOST} characters
 * @param decidedOn today, from the adapter's clock
 */
public record DecideOnCandidate(
        @TargetAggregateIdentifier CandidateId candidateId,
        CandidateDecision decision,
        String reason,
        LocalDate decidedOn,
        Actor actor)
        implements ActingCommand {

    public static final int REASON_AT_MOST = 500;
}
