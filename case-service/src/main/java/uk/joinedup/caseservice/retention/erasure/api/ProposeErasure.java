package uk.joinedup.caseservice.retention.erasure.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * Propose erasing a subject whose retention has ended; sent by the daily retention review, not by a user.
 * The id is {@link Erasures#idFor} the subject, so a subject is proposed once.
 *
 * @param schedule the id of the schedule that decided the day
 * @param proposedOn the review's day
 */
public record ProposeErasure(
        @TargetAggregateIdentifier ErasureId erasureId,
        DataSubject subject,
        String schedule,
        LocalDate retentionEndedOn,
        LocalDate proposedOn) {}
