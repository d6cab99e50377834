package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Release the response, as reviewed, to the requester.
 *
 * @param expectedVersion the version of the request the officer reviewed; null skips the check
 * @param today from the adapter's clock
 */
public record ReleaseSubjectAccessResponse(
        @TargetAggregateIdentifier SubjectAccessRequestId requestId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate today,
        Actor actor)
        implements ActingCommand {}
