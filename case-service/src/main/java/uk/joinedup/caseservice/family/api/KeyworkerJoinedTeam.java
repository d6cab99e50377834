package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A practitioner joined the team around the family. */
@Revision("1")
public record KeyworkerJoinedTeam(FamilyId familyId, TeamMember member, LocalDate joinedOn) implements FamilyEvent {}
