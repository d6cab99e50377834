package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.person.api.PersonId;

/** A person left the household. */
@Revision("1")
public record FamilyMemberLeft(FamilyId familyId, PersonId personId, LocalDate leftOn, String reason)
        implements FamilyEvent {}
