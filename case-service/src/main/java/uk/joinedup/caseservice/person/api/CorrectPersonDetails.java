package uk.joinedup.caseservice.person.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Correct a person's details. The old details stay in the record's history.
 *
 * @param expectedVersion the version of the record the user saw; a later change makes this a conflict
 */
public record CorrectPersonDetails(
        @TargetAggregateIdentifier PersonId personId,
        @TargetAggregateVersion Long expectedVersion,
        PersonDetails details,
        String reason,
        Actor actor)
        implements ActingCommand {}
