package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Close the request without releasing a response, for a reason.
 *
 * @param expectedVersion the version of the request the officer saw; null skips the check
 * @param today from the adapter's clock
 */
public record CloseSubjectAccessRequest(
        @TargetAggregateIdentifier SubjectAccessRequestId requestId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        LocalDate today,
        Actor actor)
        implements ActingCommand {}
