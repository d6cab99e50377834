package uk.joinedup.caseservice.retention.erasure.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * Withdraw a proposed or held erasure whose subject is no longer due (a case reopened, a new fact recorded): sent
 * by the retention review, not by a person.
 *
 * @param withdrawnOn the day of the review that found it
 */
public record WithdrawErasure(@TargetAggregateIdentifier ErasureId erasureId, LocalDate withdrawnOn) {}
