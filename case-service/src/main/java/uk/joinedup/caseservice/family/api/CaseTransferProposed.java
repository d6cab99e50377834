package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * Moving the family's case to another agency was proposed; the current lead professional keeps it until the
 * receiving agency decides.
 *
 * @param from the lead professional who holds the case
 * @param proposedLead the practitioner of the receiving agency who would lead it
 */
@Revision("1")
public record CaseTransferProposed(
        FamilyId familyId,
        TransferId transferId,
        TeamMember from,
        TeamMember proposedLead,
        String reason,
        LocalDate proposedOn)
        implements FamilyEvent {}
