package uk.joinedup.caseservice.outcomes.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.outcomes.schemes.SchemeFamilies.family;
import static uk.joinedup.caseservice.outcomes.schemes.SchemeFamilies.id;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.DomesticAbuseIncidentReported;
import uk.joinedup.caseservice.catalogue.EvictionNoticeServed;
import uk.joinedup.caseservice.catalogue.ReferredToMentalHealthService;
import uk.joinedup.caseservice.catalogue.RiskLevel;
import uk.joinedup.caseservice.catalogue.TenancyStarted;
import uk.joinedup.caseservice.catalogue.Tenure;

/**
 * Supporting Families against hand-computed families, as the shipped scheme file configures it (three needs,
 * twelve months' look-back, six months sustained, £800 a claim).
 *
 * <p>The family joins on 10 January 2023, the day of its whole-family assessment; its lead professional was
 * appointed on 5 January and its plan agreed on 20 January. Sarah (born 1990) was served notice of eviction on
 * 1 September 2022 (housing), reported domestic abuse on 1 November 2022 (domestic abuse) and was referred to
 * mental health services on 1 December 2022 (health); Amy (born 2015) is a dependent child. Housing's outcome
 * is a tenancy started on 1 February 2023, sustained on 1 August 2023; domestic abuse and health list no
 * outcome facts, so their outcomes date from joining (no need fact since) and are sustained on 10 July 2023.
 */
class SupportingFamiliesSchemeTest {

    private static final Scheme SCHEME = new Schemes().byId("supporting-families");
    private static final LocalDate JOINED = LocalDate.of(2023, 1, 10);
    private static final LocalDate LEAD = LocalDate.of(2023, 1, 5);
    private static final LocalDate PLAN = LocalDate.of(2023, 1, 20);

    private final SchemeFamilies family = family();
    private final SchemeFamilies.Member sarah = family.member("sarah", LocalDate.of(1990, 2, 1))
            .has("eviction", LocalDate.of(2022, 9, 1), new EvictionNoticeServed())
            .has("abuse", LocalDate.of(2022, 11, 1), new DomesticAbuseIncidentReported(RiskLevel.MEDIUM))
            .has("referral", LocalDate.of(2022, 12, 1), new ReferredToMentalHealthService("Talking therapies"))
            .has("tenancy", LocalDate.of(2023, 2, 1), new TenancyStarted(Tenure.HOUSING_ASSOCIATION));

    SupportingFamiliesSchemeTest() {
        family.member("amy", LocalDate.of(2015, 6, 1));
    }

    @Test
    void aFamilyWithThreeNeedsIsEligibleAndClaimsWhenEveryOutcomeIsSustainedSixMonths() {
        Evaluation evaluation =
                SCHEME.evaluate(family.record(false, LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 8, 1));

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.entry(SupportingFamiliesClaim.NEEDS).satisfiedBy())
                .containsExactlyInAnyOrder(id("eviction"), id("abuse"), id("referral"));
        ResultFinding claim = evaluation.result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);
        assertThat(claim.part("outcome.housing").satisfiedBy()).containsExactly(id("tenancy"));
        assertThat(claim.part("outcome.housing").because()).contains("by 2023-08-01");
        assertThat(claim.part("outcome.domesticAbuse").met()).isTrue();
        assertThat(claim.part("outcome.health").met()).isTrue();
        assertThat(claim.parts()).hasSize(6); // lead professional, assessment, plan and the three needs
        assertThat(claim.finding().met()).isTrue();
        assertThat(claim.earned()).isEqualByComparingTo("800");
        assertThat(evaluation.total()).isEqualByComparingTo("800");
    }

    @Test
    void aDayShortOfSixMonthsSustainedIsNoClaim() {
        Evaluation evaluation =
                SCHEME.evaluate(family.record(false, LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 7, 31));

        ResultFinding claim = evaluation.result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);
        assertThat(claim.part("outcome.housing").met()).isFalse();
        assertThat(claim.part("outcome.domesticAbuse").met()).isTrue();
        assertThat(claim.finding().met()).isFalse();
        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.total()).isEqualByComparingTo("0");
    }

    @Test
    void aNeedShownAgainRestartsItsSixMonths() {
        sarah.has("abuse-again", LocalDate.of(2023, 5, 1), new DomesticAbuseIncidentReported(RiskLevel.HIGH));

        ResultFinding claim = SCHEME.evaluate(
                        family.record(false, LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 8, 1))
                .result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);

        assertThat(claim.part("outcome.domesticAbuse").met()).isFalse();
        assertThat(claim.part("outcome.domesticAbuse").because())
                .contains("achieved 2023-05-02")
                .contains("2023-11-02");
        assertThat(claim.part("outcome.domesticAbuse").notSatisfiedBy()).contains(id("abuse-again"));
        assertThat(claim.part("outcome.housing").met()).isTrue();
        assertThat(claim.earned()).isEqualByComparingTo("0");
    }

    @Test
    void withoutAPlanThereIsNoClaim() {
        Evaluation evaluation =
                SCHEME.evaluate(family.record(false, LEAD, JOINED, null), JOINED, LocalDate.of(2023, 8, 1));

        ResultFinding claim = evaluation.result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);
        assertThat(claim.part(SupportingFamiliesClaim.PLAN).met()).isFalse();
        assertThat(claim.part(SupportingFamiliesClaim.LEAD_PROFESSIONAL).met()).isTrue();
        assertThat(evaluation.eligible()).isTrue();
        assertThat(claim.finding().met()).isFalse();
        assertThat(evaluation.total()).isEqualByComparingTo("0");
    }

    @Test
    void twoNeedsAreNotEnough() {
        SchemeFamilies twoNeeds = family();
        twoNeeds.member("sarah", LocalDate.of(1990, 2, 1))
                // 12 months and a day before joining: outside the look-back
                .has("eviction", LocalDate.of(2022, 1, 9), new EvictionNoticeServed())
                .has("abuse", LocalDate.of(2022, 11, 1), new DomesticAbuseIncidentReported(RiskLevel.MEDIUM))
                .has("referral", LocalDate.of(2022, 12, 1), new ReferredToMentalHealthService("Talking therapies"));
        twoNeeds.member("amy", LocalDate.of(2015, 6, 1));

        Evaluation evaluation =
                SCHEME.evaluate(twoNeeds.record(false, LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 8, 1));

        assertThat(evaluation.entry("need.housing").met()).isFalse();
        assertThat(evaluation.entry("need.housing").notSatisfiedBy()).containsExactly(id("eviction"));
        assertThat(evaluation.entry(SupportingFamiliesClaim.NEEDS).met()).isFalse();
        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.total()).isEqualByComparingTo("0");
    }

    @Test
    void aFamilyWithNoDependentChildIsEligibleOnlyWithAnExpectantParent() {
        SchemeFamilies adults = family();
        adults.member("sarah", LocalDate.of(1990, 2, 1))
                .has("eviction", LocalDate.of(2022, 9, 1), new EvictionNoticeServed())
                .has("abuse", LocalDate.of(2022, 11, 1), new DomesticAbuseIncidentReported(RiskLevel.MEDIUM))
                .has("referral", LocalDate.of(2022, 12, 1), new ReferredToMentalHealthService("Talking therapies"));
        adults.member("sam", LocalDate.of(2004, 12, 1)); // 18 when the family joins

        assertThat(SCHEME.evaluate(adults.record(false, LEAD, JOINED, PLAN), JOINED, JOINED)
                        .eligible())
                .isFalse();
        assertThat(SCHEME.evaluate(adults.record(true, LEAD, JOINED, PLAN), JOINED, JOINED)
                        .eligible())
                .isTrue();
    }
}
