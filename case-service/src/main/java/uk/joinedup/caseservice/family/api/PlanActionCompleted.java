package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An action in the support plan was done. */
@Revision("1")
public record PlanActionCompleted(FamilyId familyId, ActionId actionId, LocalDate completedOn) implements FamilyEvent {}
