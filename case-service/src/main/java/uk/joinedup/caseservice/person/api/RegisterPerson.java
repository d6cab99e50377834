package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Register a person with the details the registering agency holds.
 *
 * @param registeredOn today, from the adapter's clock
 */
public record RegisterPerson(
        @TargetAggregateIdentifier PersonId personId, PersonDetails details, LocalDate registeredOn, Actor actor)
        implements ActingCommand {}
