package uk.joinedup.caseservice.retention.erasure.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * The daily retention review found that a person's or a family's retention has ended and proposed erasing
 * their records, for an information-governance officer to approve or hold.
 *
 * @param schedule the id of the retention schedule that decided the day, e.g. {@code early-help-family-case}
 * @param retentionEndedOn the day retention ended
 * @param proposedOn the day of the review that proposed it
 */
@Revision("1")
public record ErasureProposed(
        ErasureId erasureId, DataSubject subject, String schedule, LocalDate retentionEndedOn, LocalDate proposedOn)
        implements ErasureEvent {}
