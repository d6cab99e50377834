package uk.joinedup.caseservice.identification.api;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * A practitioner decided about a candidate for early help. Who decided is in the message's metadata. Revision 2
 * added {@code members}, so that a member's erasure finds the decisions on their household (ADR 31); a decision of
 * revision 1 reads with none.
 *
 * @param members the household's members, whose erasure erases the decision; none for a registered family's
 *     candidate, erased with the family
 * @param reason why, in plain words
 * @param decidedOn the day decided
 */
@Revision("2")
public record CandidateDecided(
        CandidateId candidateId, Set<PersonId> members, CandidateDecision decision, String reason, LocalDate decidedOn)
        implements IdentificationEvent {

    public CandidateDecided {
        members = Set.copyOf(members);
    }
}
