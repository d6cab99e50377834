package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.catalogue.AgencyFact;

/** Correct a fact the actor's agency recorded; the wrong version stays in the history. */
public record CorrectAgencyFact(
        @TargetAggregateIdentifier PersonId personId,
        FactId factId,
        AgencyFact fact,
        LocalDate occurredOn,
        String reason,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
