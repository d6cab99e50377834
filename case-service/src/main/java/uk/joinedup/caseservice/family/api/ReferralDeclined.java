package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The programme declined a referral, saying why. */
@Revision("1")
public record ReferralDeclined(FamilyId familyId, ReferralId referralId, String reason, LocalDate declinedOn)
        implements FamilyEvent {}
