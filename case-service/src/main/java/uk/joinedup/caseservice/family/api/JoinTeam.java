package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Add a practitioner to the team around the family. */
public record JoinTeam(
        @TargetAggregateIdentifier FamilyId familyId,
        TeamMember member,
        LocalDate joinedOn,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
