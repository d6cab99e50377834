package uk.joinedup.caseservice.subjectaccess.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Release a redacted item as it is, for the reason in the note.
 *
 * @param expectedVersion the version of the request the officer saw; a later change makes this a conflict.
 *     Null skips the check (callers inside the service)
 * @param itemId the item of the assembled response, which the adapter has checked is redacted
 */
public record OverrideRedaction(
        @TargetAggregateIdentifier SubjectAccessRequestId requestId,
        @TargetAggregateVersion Long expectedVersion,
        String itemId,
        String note,
        Actor actor)
        implements ActingCommand {}
