package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Close the case. Open actions may remain only on a manager's override.
 *
 * @param expectedVersion the version the user saw; null skips the check, an older one is a conflict
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
