package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.catalogue.AgencyFact;

/**
 * Record a fact about a person, as the actor's agency.
 *
 * @param occurredOn the business date: when it happened
 * @param recordedOn today, from the adapter's clock
 */
public record RecordAgencyFact(
        @TargetAggregateIdentifier PersonId personId,
        FactId factId,
        AgencyFact fact,
        LocalDate occurredOn,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
