package uk.joinedup.caseservice.views.caseload;

import java.time.LocalDate;
import java.util.Set;
import uk.joinedup.caseservice.family.api.RiskFactor;

/** A referral awaiting a decision, with the family it is for. */
public record ReferralSummary(
        String familyId,
        String familyName,
        String referralId,
        String reason,
        Set<RiskFactor> riskFactors,
        LocalDate receivedOn,
        String referredByName) {}
