package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The lead professional's appointment ended with the case: closing a case ends it, so that a reopened case asks
 * for a lead professional again. (A case closed before this event was recorded ended its appointment too: its
 * {@link CaseClosed} is read so.)
 */
@Revision("1")
public record LeadProfessionalAppointmentEnded(FamilyId familyId, TeamMember lead, LocalDate endedOn)
        implements FamilyEvent {}
