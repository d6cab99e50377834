package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A team member became the family's lead professional: their single point of contact. */
@Revision("1")
public record LeadProfessionalAppointed(FamilyId familyId, TeamMember lead, LocalDate appointedOn)
        implements FamilyEvent {}
