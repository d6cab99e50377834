package uk.joinedup.caseservice.retention.erasure.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * Hold a proposed erasure until a review date, for a reason and with a note.
 *
 * @param expectedVersion the version of the erasure the officer saw; null skips the check
 * @param heldOn today, from the adapter's clock
 * @param reviewOn when the hold is to be reviewed: after {@code heldOn}
 */
public record HoldErasure(
        @TargetAggregateIdentifier ErasureId erasureId,
        @TargetAggregateVersion Long expectedVersion,
        HoldReason reason,
        String note,
        LocalDate heldOn,
        LocalDate reviewOn,
        Actor actor)
        implements ActingCommand {}
