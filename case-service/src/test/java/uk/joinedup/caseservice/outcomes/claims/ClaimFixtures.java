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

/** Claims in the domain's words: one result of Supporting Families for the Hill family. */
public final class ClaimFixtures {

    public static final String SCHEME = "supporting-families";
    public static final FamilyId FAMILY = new FamilyId("family-hill");
    public static final String RESULT = "sustainedOutcomes";
    public static final ClaimId CLAIM = ClaimId.of(SCHEME, FAMILY, RESULT);
    public static final LocalDate DRAFTED = LocalDate.of(2026, 10, 1);
    public static final LocalDate SUBMITTED = LocalDate.of(2026, 10, 5);
    public static final BigDecimal AMOUNT = new BigDecimal("800");
    public static final List<FactId> EVIDENCE = List.of(new FactId("fact-job"), new FactId("fact-tenancy"));

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
}
