package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The receiving agency accepted the transfer: the case is theirs, led by {@code newLead}. The handover (and the new
 * lead joining the team) follow as their own events.
 */
@Revision("1")
public record CaseTransferAccepted(
        FamilyId familyId, TransferId transferId, TeamMember newLead, String acceptedBy, LocalDate acceptedOn)
        implements FamilyEvent {}
