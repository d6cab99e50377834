package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Reopen a closed case.
 *
 * @param expectedVersion the version the user saw, required by the API; an older one is a conflict. Null skips
 *     the check: only for callers inside the service that decide on the family as it is (the demo script)
 */
public record ReopenCase(
        @TargetAggregateIdentifier FamilyId familyId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        LocalDate reopenedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
