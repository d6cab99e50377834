package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.person.api.PersonId;

/** A person joined the household. */
@Revision("1")
public record FamilyMemberJoined(FamilyId familyId, PersonId personId, Relationship relationship, LocalDate joinedOn)
        implements FamilyEvent {}
