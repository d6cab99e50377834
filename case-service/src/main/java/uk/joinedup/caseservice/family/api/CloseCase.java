package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Close the case. Open actions may remain only on a manager's override.
 *
 * @param expectedVersion the version the user saw, required by the API; an older one is a conflict. Null skips
 *     the check: only for callers inside the service that decide on the family as it is (the demo script)
 */
public record CloseCase(
        @TargetAggregateIdentifier FamilyId familyId,
        @TargetAggregateVersion Long expectedVersion,
        ClosureReason reason,
        String outcomeSummary,
        LocalDate closedOn,
        boolean overrideOpenActions,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
