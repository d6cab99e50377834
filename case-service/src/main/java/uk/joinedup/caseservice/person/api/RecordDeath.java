package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Record that a person has died.
 *
 * @param expectedVersion the version the user saw, required by the API; an older one is a conflict. Null skips
 *     the check: only for callers inside the service that decide on the person as it is (none yet)
 */
public record RecordDeath(
        @TargetAggregateIdentifier PersonId personId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate dateOfDeath,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
