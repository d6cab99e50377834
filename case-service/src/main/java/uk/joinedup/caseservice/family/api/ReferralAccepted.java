package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The programme accepted a referral. */
@Revision("1")
public record ReferralAccepted(FamilyId familyId, ReferralId referralId, LocalDate acceptedOn) implements FamilyEvent {}
