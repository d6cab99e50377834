package uk.joinedup.caseservice.retention.erasure.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * Approve a proposed erasure that is not held.
 *
 * @param expectedVersion the version of the erasure the officer saw; a later change makes this a conflict.
 *     Null skips the check
 * @param approvedOn today, from the adapter's clock
 */
public record ApproveErasure(
        @TargetAggregateIdentifier ErasureId erasureId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate approvedOn,
        Actor actor)
        implements ActingCommand {}
