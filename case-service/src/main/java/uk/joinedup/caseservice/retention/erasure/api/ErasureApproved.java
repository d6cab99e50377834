package uk.joinedup.caseservice.retention.erasure.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * An information-governance officer approved the erasure: the subject's records are to be erased (the erasure
 * process reacts to this event and reports back with {@link CompleteErasure}).
 *
 * @param approvedBy the officer's user id (the token's subject), kept as the record of who decided
 */
@Revision("1")
public record ErasureApproved(ErasureId erasureId, DataSubject subject, LocalDate approvedOn, String approvedBy)
        implements ErasureEvent {}
