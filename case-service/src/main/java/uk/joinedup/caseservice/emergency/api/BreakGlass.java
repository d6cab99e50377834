package uk.joinedup.caseservice.emergency.api;

import java.time.Instant;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * Open a person's withheld record to the actor in an emergency.
 *
 * @param openedAgencies the agencies whose entries are withheld from the actor now, worked out by the
 *     adapter from the sharing policy
 * @param from now, from the adapter's clock
 * @param until when it ends: {@code from} plus the configured duration
 */
public record BreakGlass(
        @TargetAggregateIdentifier OverrideId overrideId,
        PersonId personId,
        OverrideReason reason,
        String explanation,
        Set<AgencyId> openedAgencies,
        Instant from,
        Instant until,
        Actor actor)
        implements ActingCommand {}
