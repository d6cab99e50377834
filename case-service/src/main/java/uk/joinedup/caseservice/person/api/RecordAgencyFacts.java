package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.catalogue.AgencyFact;

/**
 * Record several facts about a person at once, as the actor's agency: each as {@link RecordAgencyFact} would,
 * in order, and all of them or none (an import records a person's rows of one part of an extract together).
 *
 * @param recordedOn today, from the adapter's clock
 */
public record RecordAgencyFacts(
        @TargetAggregateIdentifier PersonId personId, List<FactToRecord> facts, LocalDate recordedOn, Actor actor)
        implements ActingCommand {

    public RecordAgencyFacts {
        facts = List.copyOf(facts);
    }

    /**
     * One of the facts.
     *
     * @param occurredOn the business date: when it happened
     */
    public record FactToRecord(FactId factId, AgencyFact fact, LocalDate occurredOn) {}
}
