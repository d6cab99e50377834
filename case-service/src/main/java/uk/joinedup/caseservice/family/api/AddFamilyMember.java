package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonId;

/** Add a person to the household. */
public record AddFamilyMember(
        @TargetAggregateIdentifier FamilyId familyId,
        PersonId personId,
        Relationship relationship,
        LocalDate joinedOn,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
