package uk.joinedup.caseservice.outcomes.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimDrafted;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimId;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimPaid;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimRejected;
import uk.joinedup.caseservice.outcomes.claims.api.ClaimSubmitted;
import uk.joinedup.caseservice.outcomes.claims.api.DraftClaim;
import uk.joinedup.caseservice.outcomes.claims.api.JudgedResult;
import uk.joinedup.caseservice.person.api.FactId;

/**
 * Claims in the domain's words: one result of Supporting Families for the Hill family, and the Troubled Families
 * attachment fee for the same family (joined in 2014/15, so £1,600, on the evidence of its entry criteria).
 */
public final class ClaimFixtures {

    public static final String SCHEME = "supporting-families";
    public static final FamilyId FAMILY = new FamilyId("family-hill");
    public static final String RESULT = "sustainedOutcomes";
    public static final ClaimId CLAIM = ClaimId.of(SCHEME, FAMILY, RESULT);
    public static final LocalDate DRAFTED = LocalDate.of(2026, 10, 1);
    public static final LocalDate SUBMITTED = LocalDate.of(2026, 10, 5);
    public static final BigDecimal AMOUNT = new BigDecimal("800");
    public static final List<FactId> EVIDENCE = List.of(new FactId("fact-job"), new FactId("fact-tenancy"));

    public static final String TROUBLED_FAMILIES = "troubled-families-phase-1";
    public static final String FEE = "attachmentFee";
    public static final ClaimId FEE_CLAIM = ClaimId.of(TROUBLED_FAMILIES, FAMILY, FEE);
    public static final String FEE_YEAR = "2014/15";
    public static final BigDecimal FEE_AMOUNT = new BigDecimal("1600");
    public static final List<FactId> ENTRY_EVIDENCE =
            List.of(new FactId("fact-jsa"), new FactId("fact-eviction"), new FactId("fact-off-roll"));

    private ClaimFixtures() {}

    public static JudgedResult achieved() {
        return new JudgedResult(DRAFTED, true, null, AMOUNT, EVIDENCE);
    }

    public static JudgedResult notAchieved() {
        return new JudgedResult(DRAFTED, false, null, BigDecimal.ZERO, List.of());
    }

    public static DraftClaim draft(JudgedResult judged, boolean caseManager, Actor actor) {
        return new DraftClaim(CLAIM, null, SCHEME, FAMILY, RESULT, judged, caseManager, DRAFTED, actor);
    }

    public static ClaimDrafted drafted(int number) {
        return new ClaimDrafted(CLAIM, number, SCHEME, FAMILY, RESULT, DRAFTED, null, AMOUNT, EVIDENCE, DRAFTED);
    }

    public static ClaimSubmitted submitted(int number) {
        return new ClaimSubmitted(CLAIM, number, SUBMITTED);
    }

    public static ClaimPaid paid(int number, LocalDate on) {
        return new ClaimPaid(CLAIM, number, on);
    }

    public static ClaimRejected rejected(int number, LocalDate on) {
        return new ClaimRejected(CLAIM, number, on, "The outcome was not sustained for six months");
    }

    public static JudgedResult feeDue() {
        return new JudgedResult(DRAFTED, true, FEE_YEAR, FEE_AMOUNT, ENTRY_EVIDENCE);
    }

    public static JudgedResult feeNotDue() {
        return new JudgedResult(DRAFTED, false, FEE_YEAR, BigDecimal.ZERO, List.of());
    }

    public static DraftClaim draftFee(JudgedResult judged, Actor actor) {
        return new DraftClaim(FEE_CLAIM, null, TROUBLED_FAMILIES, FAMILY, FEE, judged, true, DRAFTED, actor);
    }

    public static ClaimDrafted feeDrafted(int number) {
        return new ClaimDrafted(
                FEE_CLAIM,
                number,
                TROUBLED_FAMILIES,
                FAMILY,
                FEE,
                DRAFTED,
                FEE_YEAR,
                FEE_AMOUNT,
                ENTRY_EVIDENCE,
                DRAFTED);
    }
}
