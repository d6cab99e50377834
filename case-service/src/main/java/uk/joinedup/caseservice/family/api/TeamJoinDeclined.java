package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A practitioner's request to join the team around the family was declined, for a reason. */
@Revision("1")
public record TeamJoinDeclined(FamilyId familyId, String userId, String reason, LocalDate declinedOn)
        implements FamilyEvent {}
