package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A closed case was reopened. */
@Revision("1")
public record CaseReopened(FamilyId familyId, String reason, LocalDate reopenedOn) implements FamilyEvent {}
