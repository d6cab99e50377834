package uk.joinedup.caseservice.subjectaccess.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Take back an override: the item is redacted again.
 *
 * @param expectedVersion the version of the request the officer saw; null skips the check
 */
public record RestoreRedaction(
        @TargetAggregateIdentifier SubjectAccessRequestId requestId,
        @TargetAggregateVersion Long expectedVersion,
        String itemId,
        Actor actor)
        implements ActingCommand {}
