package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Take a practitioner off the team around the family: themselves, or anyone by the lead or a case manager. */
public record LeaveTeam(
        @TargetAggregateIdentifier FamilyId familyId,
        String userId,
        LocalDate leftOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
