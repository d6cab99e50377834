package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Extend the request's deadline by one or two further months (UK GDPR Art. 12(3)), at most three months after it
 * was received in all, for a reason, with a note of the reasons the person is told.
 *
 * @param expectedVersion the version of the request the officer saw; null skips the check
 * @param months the further months, 1 or 2
 * @param note the reasons, as the person is told them
 * @param decidedOn from the adapter's clock: the person must be told within the first month
 */
public record ExtendSubjectAccessDeadline(
        @TargetAggregateIdentifier SubjectAccessRequestId requestId,
        @TargetAggregateVersion Long expectedVersion,
        int months,
        ExtensionReason reason,
        String note,
        LocalDate decidedOn,
        Actor actor)
        implements ActingCommand {}
