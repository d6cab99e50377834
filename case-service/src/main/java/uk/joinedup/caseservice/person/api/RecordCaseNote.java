package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Record a practitioner's note about a person, as the actor's agency.
 *
 * @param occurredOn the business date the note is about
 * @param recordedOn today, from the adapter's clock
 */
public record RecordCaseNote(
        @TargetAggregateIdentifier PersonId personId,
        String noteId,
        LocalDate occurredOn,
        String text,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
