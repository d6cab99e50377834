package uk.joinedup.caseservice.retention.erasure.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * Record that an approved erasure was carried out; sent by the erasure process once the subject's key is
 * destroyed.
 */
public record CompleteErasure(@TargetAggregateIdentifier ErasureId erasureId, Instant keyDestroyedAt) {}
