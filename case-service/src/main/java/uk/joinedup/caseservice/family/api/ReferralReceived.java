package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.agency.AgencyId;

/** An agency referred the family into the programme. */
@Revision("1")
public record ReferralReceived(
        FamilyId familyId,
        ReferralId referralId,
        String reason,
        Set<RiskFactor> riskFactors,
        LocalDate receivedOn,
        AgencyId referredBy)
        implements FamilyEvent {

    public ReferralReceived {
        riskFactors = Set.copyOf(riskFactors);
    }
}
