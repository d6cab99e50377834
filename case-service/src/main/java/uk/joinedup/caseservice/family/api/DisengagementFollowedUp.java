package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The team followed up the family's disengagement, saying what it did. */
@Revision("1")
public record DisengagementFollowedUp(FamilyId familyId, String note, LocalDate followedUpOn) implements FamilyEvent {}
