package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A practitioner asked to join the team around the family.
 *
 * @param requester who asked, with the role and contact they gave: the team member they become if approved
 * @param reason why they asked
 */
@Revision("1")
public record TeamJoinRequested(FamilyId familyId, TeamMember requester, String reason, LocalDate requestedOn)
        implements FamilyEvent {}
