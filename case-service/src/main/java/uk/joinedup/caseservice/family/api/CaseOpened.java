package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The family's case was opened: a referral was accepted and work begins. */
@Revision("1")
public record CaseOpened(FamilyId familyId, LocalDate openedOn) implements FamilyEvent {}
