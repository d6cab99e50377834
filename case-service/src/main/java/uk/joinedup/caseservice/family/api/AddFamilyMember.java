package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonId;

/** Add a registered person to the household: the lead professional's or a case manager's decision. */
public record AddFamilyMember(
        @TargetAggregateIdentifier FamilyId familyId,
        PersonId personId,
        Relationship relationship,
        LocalDate joinedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
