package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A case conference or panel was held about the family. Its actions arising follow as {@link PlanActionsAdded}, and
 * a lead professional it agreed, when the case had none, as {@link LeadProfessionalAppointed}.
 *
 * @param attendees the practitioners present and their agencies
 * @param familyPresent who of the family was there, in words, or null
 * @param leadProfessionalAgreed the team member it agreed should lead the case, or null
 */
@Revision("1")
public record CaseConferenceHeld(
        FamilyId familyId,
        ConferenceId conferenceId,
        ConferenceKind kind,
        LocalDate heldOn,
        List<TeamMember> attendees,
        String familyPresent,
        List<String> decisions,
        TeamMember leadProfessionalAgreed)
        implements FamilyEvent {}
