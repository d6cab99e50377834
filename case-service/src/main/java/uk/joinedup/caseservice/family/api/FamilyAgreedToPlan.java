package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The family agreed to their support plan. */
@Revision("1")
public record FamilyAgreedToPlan(FamilyId familyId, PlanId planId, String agreedBy, LocalDate agreedOn)
        implements FamilyEvent {}
