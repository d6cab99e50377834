package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Record a case conference or panel held about the family: who was there, what it decided, and the actions arising,
 * which become actions of the current plan.
 *
 * @param attendees the practitioners present, with their agencies as the staff directory names them
 * @param familyPresent who of the family was there, in words, or null
 * @param decisions what it decided, one a line
 * @param leadProfessionalAgreed the user id of the team member it agreed should lead the case, or null
 * @param actions actions arising, each for a goal of the current plan
 */
public record HoldCaseConference(
        @TargetAggregateIdentifier FamilyId familyId,
        ConferenceId conferenceId,
        ConferenceKind kind,
        LocalDate heldOn,
        List<TeamMember> attendees,
        String familyPresent,
        List<String> decisions,
        String leadProfessionalAgreed,
        List<PlanAction> actions,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
