package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonId;

/** Record that a person left the household: the lead professional's or a case manager's decision. */
public record RemoveFamilyMember(
        @TargetAggregateIdentifier FamilyId familyId,
        PersonId personId,
        LocalDate leftOn,
        String reason,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
