package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/** Record a review of the case. */
public record HoldReview(
        @TargetAggregateIdentifier FamilyId familyId,
        ReviewId reviewId,
        LocalDate heldOn,
        String notes,
        LocalDate nextReviewOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
