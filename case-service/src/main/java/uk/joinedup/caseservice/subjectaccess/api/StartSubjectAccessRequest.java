package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * Start a subject access request for a registered person (the adapter has checked they are).
 *
 * @param requesterName who asked, required unless the person asked themselves
 * @param identityNote optional
 * @param receivedOn the day the request was received: today or before
 * @param today from the adapter's clock
 */
public record StartSubjectAccessRequest(
        @TargetAggregateIdentifier SubjectAccessRequestId requestId,
        PersonId personId,
        Requester requester,
        String requesterName,
        IdentityCheck identityCheck,
        String identityNote,
        LocalDate receivedOn,
        LocalDate today,
        Actor actor)
        implements ActingCommand {}
