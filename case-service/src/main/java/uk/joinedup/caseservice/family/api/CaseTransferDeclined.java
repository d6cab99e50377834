package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The receiving agency declined the transfer, saying why: the case stays with its lead professional. */
@Revision("1")
public record CaseTransferDeclined(
        FamilyId familyId, TransferId transferId, String reason, String declinedBy, LocalDate declinedOn)
        implements FamilyEvent {}
