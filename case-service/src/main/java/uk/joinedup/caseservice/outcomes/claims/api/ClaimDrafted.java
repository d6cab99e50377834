package uk.joinedup.caseservice.outcomes.claims.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * A claim for a result was drafted, on the evidence of the scheme's evaluation that day.
 *
 * @param scheme the scheme's id (its file name)
 * @param result the result's criterion in the scheme file, e.g. {@code continuousEmployment}, or {@code
 *     attachmentFee} for Troubled Families' attachment fee
 * @param judgedOn the day the evaluation judged the result achieved
 * @param paymentYear the financial year whose amounts apply, or null
 * @param amount what the result earns, the cap applied
 * @param evidence the ids of the facts that satisfied it
 * @param draftedOn the day it was drafted
 */
@Revision("1")
public record ClaimDrafted(
        ClaimId claimId,
        int claimNumber,
        String scheme,
        FamilyId familyId,
        String result,
        LocalDate judgedOn,
        String paymentYear,
        BigDecimal amount,
        List<FactId> evidence,
        LocalDate draftedOn)
        implements ClaimEvent {

    public ClaimDrafted {
        evidence = List.copyOf(evidence);
    }
}
