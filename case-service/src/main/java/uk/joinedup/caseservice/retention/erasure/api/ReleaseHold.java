package uk.joinedup.caseservice.retention.erasure.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.personaldata.ErasureId;

/**
 * Release the hold on an erasure, with a note of why it no longer applies: the erasure is proposed again.
 *
 * @param expectedVersion the version of the erasure the officer saw; null skips the check
 * @param releasedOn today, from the adapter's clock
 */
public record ReleaseHold(
        @TargetAggregateIdentifier ErasureId erasureId,
        @TargetAggregateVersion Long expectedVersion,
        String note,
        LocalDate releasedOn,
        Actor actor)
        implements ActingCommand {}
