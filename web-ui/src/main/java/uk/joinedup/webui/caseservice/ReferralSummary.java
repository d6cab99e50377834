package uk.joinedup.webui.caseservice;

import java.time.LocalDate;
import java.util.Set;

/** A referral awaiting a team manager's decision, with the family it is for. */
public record ReferralSummary(
        String familyId,
        String familyName,
        String referralId,
        String reason,
        Set<RiskFactor> riskFactors,
        LocalDate receivedOn,
        String referredByName) {}
