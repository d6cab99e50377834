package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The lead professional handed the family over to another team member, with a note. */
@Revision("1")
public record LeadProfessionalHandedOver(
        FamilyId familyId, TeamMember from, TeamMember to, String note, LocalDate handedOverOn)
        implements FamilyEvent {}
