package uk.joinedup.caseservice.identification.api;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * Record a decision about a candidate for early help.
 *
 * @param members the household's members, from the candidate found on the viewer's list; none for a registered
 *     family's candidate
 * @param reason why, in plain words: required, at most {@value #REASON_AT_MOST} characters
 * @param decidedOn today, from the adapter's clock
 */
public record DecideOnCandidate(
        @TargetAggregateIdentifier CandidateId candidateId,
        Set<PersonId> members,
        CandidateDecision decision,
        String reason,
        LocalDate decidedOn,
        Actor actor)
        implements ActingCommand {

    public static final int REASON_AT_MOST = 500;

    public DecideOnCandidate {
        members = Set.copyOf(members);
    }
}
