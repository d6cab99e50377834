package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The family's case was reviewed. */
@Revision("1")
public record ReviewHeld(FamilyId familyId, ReviewId reviewId, LocalDate heldOn, String notes, LocalDate nextReviewOn)
        implements FamilyEvent {}
