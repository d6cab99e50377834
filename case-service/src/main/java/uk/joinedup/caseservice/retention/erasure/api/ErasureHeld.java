package uk.joinedup.caseservice.retention.erasure.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * An information-governance officer held the erasure (a legal hold, ongoing proceedings) until it is reviewed:
 * nothing is erased while it is held.
 *
 * @param note why, in the officer's words
 * @param heldOn the day it was held
 * @param reviewOn the day the hold is to be reviewed, after {@code heldOn}
 * @param heldBy the officer's user id
 */
@Revision("1")
public record ErasureHeld(
        ErasureId erasureId, HoldReason reason, String note, LocalDate heldOn, LocalDate reviewOn, String heldBy)
        implements ErasureEvent {}
