package uk.joinedup.caseservice.retention.erasure.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * The retention review found the subject of a proposed or held erasure no longer due (their retention now ends
 * later, e.g. a case reopened) and withdrew the proposal. A later review proposes it again when it is due again.
 *
 * @param withdrawnOn the day of the review that found it
 */
@Revision("1")
public record ErasureWithdrawn(ErasureId erasureId, LocalDate withdrawnOn) implements ErasureEvent {}
