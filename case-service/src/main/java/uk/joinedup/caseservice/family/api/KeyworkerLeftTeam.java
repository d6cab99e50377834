package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A practitioner left the team around the family. */
@Revision("1")
public record KeyworkerLeftTeam(FamilyId familyId, String userId, LocalDate leftOn) implements FamilyEvent {}
