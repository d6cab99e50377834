package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Record that a person has died. */
public record RecordDeath(
        @TargetAggregateIdentifier PersonId personId, LocalDate dateOfDeath, LocalDate recordedOn, Actor actor)
        implements ActingCommand {}
