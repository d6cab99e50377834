package uk.joinedup.caseservice.retention.erasure.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * The approved erasure was carried out: the subject's key was destroyed at {@code keyDestroyedAt}, after which
 * their events read as erased in every copy of the store.
 */
@Revision("1")
public record ErasureCompleted(ErasureId erasureId, DataSubject subject, Instant keyDestroyedAt)
        implements ErasureEvent {}
