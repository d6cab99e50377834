package uk.joinedup.caseservice.retention.erasure.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * An information-governance officer released the hold: the erasure is proposed again, to approve or hold.
 *
 * @param note why the hold no longer applies
 * @param releasedBy the officer's user id
 */
@Revision("1")
public record ErasureHoldReleased(ErasureId erasureId, String note, LocalDate releasedOn, String releasedBy)
        implements ErasureEvent {}
