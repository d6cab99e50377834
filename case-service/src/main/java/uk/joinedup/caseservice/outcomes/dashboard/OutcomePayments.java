package uk.joinedup.caseservice.outcomes.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimStatus;
import uk.joinedup.caseservice.outcomes.claims.record.ClaimRecord;
import uk.joinedup.caseservice.outcomes.dashboard.OutcomesDashboard.SocialInvestment;

/**
 * What a caseload's families earned in outcome payments, from the claims of their results: each result's current
 * claim, paid within the period, or submitted and awaiting payment whenever it was submitted. Drafts and rejected
 * claims earn nothing. Pure.
 */
final class OutcomePayments {

    static final String SURVEY = "The national indicator of social investment is a survey of the social investment"
            + " market (seed 001), not a measure of cases: it is not computed from the caseload.";
    static final String NO_BOND_FUNDING = "Services funded by a social impact bond are not recorded yet: JoinedUp"
            + " does not yet record how the services a family receives are funded.";

    private OutcomePayments() {}

    static SocialInvestment of(List<ClaimRecord> claimed, LocalDate from, LocalDate to) {
        BigDecimal paid = BigDecimal.ZERO;
        int resultsPaid = 0;
        BigDecimal awaiting = BigDecimal.ZERO;
        int resultsAwaiting = 0;
        for (ClaimRecord result : claimed) {
            ClaimRecord.Claim claim = result.current();
            if (claim.status() == ClaimStatus.PAID
                    && !claim.paidOn().isBefore(from)
                    && !claim.paidOn().isAfter(to)) {
                paid = paid.add(claim.amount());
                resultsPaid++;
            } else if (claim.status() == ClaimStatus.SUBMITTED) {
                awaiting = awaiting.add(claim.amount());
                resultsAwaiting++;
            }
        }
        return new SocialInvestment(SURVEY, from, to, paid, resultsPaid, awaiting, resultsAwaiting, NO_BOND_FUNDING);
    }
}
