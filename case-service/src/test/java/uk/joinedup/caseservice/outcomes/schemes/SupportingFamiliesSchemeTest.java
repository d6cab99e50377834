package uk.joinedup.caseservice.outcomes.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.joinedup.caseservice.outcomes.schemes.SchemeFamilies.family;
import static uk.joinedup.caseservice.outcomes.schemes.SchemeFamilies.id;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.DomesticAbuseIncidentReported;
import uk.joinedup.caseservice.catalogue.EvictionNoticeServed;
import uk.joinedup.caseservice.catalogue.NeetStatus;
import uk.joinedup.caseservice.catalogue.NeetStatusRecorded;
import uk.joinedup.caseservice.catalogue.PregnancyEnded;
import uk.joinedup.caseservice.catalogue.PregnancyEnding;
import uk.joinedup.caseservice.catalogue.PregnancyRecorded;
import uk.joinedup.caseservice.catalogue.ReferredToMentalHealthService;
import uk.joinedup.caseservice.catalogue.RiskLevel;
import uk.joinedup.caseservice.catalogue.TenancyStarted;
import uk.joinedup.caseservice.catalogue.Tenure;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;

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
        Evaluation evaluation = SCHEME.evaluate(family.record(LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 8, 1));

        assertThat(evaluation.eligible()).isTrue();
        assertThat(evaluation.paymentYear())
                .as("its amounts do not vary by year")
                .isNull();
        assertThat(evaluation.yearsListed()).isEmpty();
        assertThat(evaluation.entry(SupportingFamiliesClaim.NEEDS).satisfiedBy())
                .containsExactlyInAnyOrder(id("eviction"), id("abuse"), id("referral"));
        ResultFinding claim = evaluation.result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);
        assertThat(claim.part("outcome.housing").satisfiedBy()).containsExactly(id("tenancy"));
        assertThat(claim.part("outcome.housing").because()).contains("by 1 August 2023");
        assertThat(claim.part("outcome.domesticAbuse").met()).isTrue();
        assertThat(claim.part("outcome.health").met()).isTrue();
        assertThat(claim.parts()).hasSize(6); // lead professional, assessment, plan and the three needs
        assertThat(claim.finding().met()).isTrue();
        assertThat(claim.earned()).isEqualByComparingTo("800");
        assertThat(evaluation.total()).isEqualByComparingTo("800");
    }

    @Test
    void aDayShortOfSixMonthsSustainedIsNoClaim() {
        Evaluation evaluation = SCHEME.evaluate(family.record(LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 7, 31));

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

        ResultFinding claim = SCHEME.evaluate(family.record(LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 8, 1))
                .result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);

        assertThat(claim.part("outcome.domesticAbuse").met()).isFalse();
        assertThat(claim.part("outcome.domesticAbuse").because())
                .contains("achieved on 2 May 2023")
                .contains("only on 2 November 2023");
        assertThat(claim.part("outcome.domesticAbuse").notSatisfiedBy()).contains(id("abuse-again"));
        assertThat(claim.part("outcome.housing").met()).isTrue();
        assertThat(claim.earned()).isEqualByComparingTo("0");
    }

    @Test
    void withoutAPlanThereIsNoClaim() {
        Evaluation evaluation = SCHEME.evaluate(family.record(LEAD, JOINED, null), JOINED, LocalDate.of(2023, 8, 1));

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

        Evaluation evaluation = SCHEME.evaluate(twoNeeds.record(LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 8, 1));

        assertThat(evaluation.entry("need.housing").met()).isFalse();
        assertThat(evaluation.entry("need.housing").notSatisfiedBy()).containsExactly(id("eviction"));
        assertThat(evaluation.entry(SupportingFamiliesClaim.NEEDS).met()).isFalse();
        assertThat(evaluation.eligible()).isFalse();
        assertThat(evaluation.total()).isEqualByComparingTo("0");
    }

    @Test
    void eachNeedSaysWhetherItWasShownInTheLookBack() {
        Evaluation evaluation = SCHEME.evaluate(family.record(LEAD, JOINED, PLAN), JOINED, JOINED);

        assertThat(evaluation.entry("need.housing").because())
                .isEqualTo("a need shown from 10 January 2022 to 10 January 2023 (Secure housing)");
        assertThat(evaluation.entry("need.education").met()).isFalse();
        assertThat(evaluation.entry("need.education").because())
                .isEqualTo("no need shown from 10 January 2022 to 10 January 2023 (Getting a good education)");
    }

    @Test
    void theClaimSaysWhyStepByStepAndAStepRecordedAfterTheDayJudgedIsNotYetTaken() {
        // the plan is agreed on 2 August 2023, the day after the day judged
        Evaluation evaluation = SCHEME.evaluate(
                family.record(LEAD, JOINED, LocalDate.of(2023, 8, 2)), JOINED, LocalDate.of(2023, 8, 1));

        ResultFinding claim = evaluation.result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);
        assertThat(claim.part(SupportingFamiliesClaim.LEAD_PROFESSIONAL).because())
                .isEqualTo("a lead professional appointed on 5 January 2023");
        assertThat(claim.part(SupportingFamiliesClaim.PLAN).met()).isFalse();
        assertThat(claim.part(SupportingFamiliesClaim.PLAN).because()).isEqualTo("not yet a family plan agreed");
        assertThat(claim.finding().because())
                .startsWith("leadProfessional: a lead professional appointed on 5 January 2023; "
                        + "wholeFamilyAssessment: a whole-family assessment on 10 January 2023; "
                        + "plan: not yet a family plan agreed; outcome.")
                .contains("outcome.housing: achieved on 1 February 2023, sustained for 6 months by 1 August 2023");
        assertThat(claim.finding().met()).isFalse();
        assertThat(evaluation.total()).isEqualByComparingTo("0");
    }

    @Test
    void aNeedShownAfterTheDayJudgedDoesNotUndoAnOutcomeSustainedByThen() {
        sarah.has("eviction-again", LocalDate.of(2023, 9, 1), new EvictionNoticeServed());

        ResultFinding claim = SCHEME.evaluate(family.record(LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 8, 1))
                .result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);

        assertThat(claim.part("outcome.housing").met()).isTrue();
        assertThat(claim.part("outcome.housing").satisfiedBy()).containsExactly(id("tenancy"));
        assertThat(claim.part("outcome.housing").notSatisfiedBy()).containsExactly(id("eviction"));
        assertThat(claim.earned()).isEqualByComparingTo("800");
    }

    @Test
    void anOutcomeShownBeforeTheNeedWasShownAgainDoesNotCount() {
        // the tenancy of 1 February 2023 is followed by another notice on 1 March: no outcome since
        sarah.has("eviction-again", LocalDate.of(2023, 3, 1), new EvictionNoticeServed());

        ResultFinding claim = SCHEME.evaluate(family.record(LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 10, 1))
                .result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);

        assertThat(claim.part("outcome.housing").met()).isFalse();
        assertThat(claim.part("outcome.housing").because()).isEqualTo("no fact shows the outcome since 1 March 2023");
        assertThat(claim.part("outcome.housing").notSatisfiedBy())
                .containsExactlyInAnyOrder(id("eviction"), id("eviction-again"));
        assertThat(claim.earned()).isEqualByComparingTo("0");
    }

    @Test
    void anOutcomeShownAfterTheDayJudgedDoesNotCountYet() {
        SchemeFamilies later = family();
        later.member("sarah", LocalDate.of(1990, 2, 1))
                .has("eviction", LocalDate.of(2022, 9, 1), new EvictionNoticeServed())
                .has("abuse", LocalDate.of(2022, 11, 1), new DomesticAbuseIncidentReported(RiskLevel.MEDIUM))
                .has("referral", LocalDate.of(2022, 12, 1), new ReferredToMentalHealthService("Talking therapies"))
                .has("tenancy", LocalDate.of(2023, 8, 2), new TenancyStarted(Tenure.HOUSING_ASSOCIATION));
        later.member("amy", LocalDate.of(2015, 6, 1));

        ResultFinding claim = SCHEME.evaluate(later.record(LEAD, JOINED, PLAN), JOINED, LocalDate.of(2023, 8, 1))
                .result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);

        assertThat(claim.part("outcome.housing").met()).isFalse();
        assertThat(claim.part("outcome.housing").because())
                .isEqualTo("no fact shows the outcome since 1 September 2022");
    }

    @Test
    void aBenefitClaimShowsAFinancialNeedOnlyForTheBenefitsAndRegimesTheFileLists() {
        sarah.has("esa-support", LocalDate.of(2022, 10, 3), new BenefitClaimStarted(Benefit.ESA_SUPPORT_GROUP))
                .has(
                        "uc-working",
                        LocalDate.of(2022, 10, 4),
                        new BenefitClaimStarted(
                                Benefit.UNIVERSAL_CREDIT, UniversalCreditRegime.WORKING_NO_REQUIREMENTS))
                .has(
                        "neet-no-more",
                        LocalDate.of(2022, 10, 5),
                        new NeetStatusRecorded(NeetStatus.IN_EDUCATION_EMPLOYMENT_OR_TRAINING));
        Finding financial = SCHEME.evaluate(family.record(LEAD, JOINED, PLAN), JOINED, JOINED)
                .entry("need.financialStability");
        assertThat(financial.met()).isFalse();
        assertThat(financial.satisfiedBy()).isEmpty();
        assertThat(SCHEME.evaluate(family.record(LEAD, JOINED, PLAN), JOINED, JOINED)
                        .entry("need.education")
                        .met())
                .isFalse();

        sarah.has("jsa", LocalDate.of(2022, 10, 6), new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE))
                .has(
                        "uc-searching",
                        LocalDate.of(2022, 10, 7),
                        new BenefitClaimStarted(Benefit.UNIVERSAL_CREDIT, UniversalCreditRegime.SEARCHING_FOR_WORK))
                .has("neet", LocalDate.of(2022, 10, 8), new NeetStatusRecorded(NeetStatus.NEET));
        Evaluation evaluation = SCHEME.evaluate(family.record(LEAD, JOINED, PLAN), JOINED, JOINED);
        assertThat(evaluation.entry("need.financialStability").satisfiedBy())
                .containsExactlyInAnyOrder(id("jsa"), id("uc-searching"));
        assertThat(evaluation.entry("need.education").satisfiedBy()).containsExactly(id("neet"));
    }

    @Test
    void askingForACriterionTheEvaluationDoesNotHaveIsRefusedNamingIt() {
        Evaluation evaluation = SCHEME.evaluate(family.record(LEAD, JOINED, PLAN), JOINED, JOINED);

        assertThatThrownBy(() -> evaluation.entry("need.pets"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No entry criterion need.pets");
        assertThatThrownBy(() -> evaluation.result("attachmentFee"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No result attachmentFee");
        ResultFinding claim = evaluation.result(SupportingFamiliesClaim.SUSTAINED_OUTCOMES);
        assertThatThrownBy(() -> claim.part("outcome.pets"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No part outcome.pets");
    }

    @Nested
    class ExpectantParent {

        /** Sarah's three needs, and Sam, 18 when the family joins: no dependent child. */
        private final SchemeFamilies adults = family();

        private final SchemeFamilies.Member mother = adults.member("sarah", LocalDate.of(1990, 2, 1))
                .has("eviction", LocalDate.of(2022, 9, 1), new EvictionNoticeServed())
                .has("abuse", LocalDate.of(2022, 11, 1), new DomesticAbuseIncidentReported(RiskLevel.MEDIUM))
                .has("referral", LocalDate.of(2022, 12, 1), new ReferredToMentalHealthService("Talking therapies"));

        ExpectantParent() {
            adults.member("sam", LocalDate.of(2004, 12, 1));
        }

        private Finding dependants() {
            return SCHEME.evaluate(adults.record(LEAD, JOINED, PLAN), JOINED, JOINED)
                    .entry(SupportingFamiliesClaim.DEPENDANTS);
        }

        @Test
        void aFamilyWithNoDependentChildAndNoPregnancyIsNotEligible() {
            Evaluation evaluation = SCHEME.evaluate(adults.record(LEAD, JOINED, PLAN), JOINED, JOINED);

            assertThat(evaluation.eligible()).isFalse();
            assertThat(evaluation.entry(SupportingFamiliesClaim.DEPENDANTS).because())
                    .isEqualTo("no dependent child or expectant parent on 10 January 2023");
        }

        @Test
        void aPregnancyRecordedBeforeJoiningMakesTheFamilyEligibleOnItsEvidence() {
            mother.has("pregnancy", LocalDate.of(2022, 10, 3), new PregnancyRecorded(LocalDate.of(2023, 5, 1)));

            Evaluation evaluation = SCHEME.evaluate(adults.record(LEAD, JOINED, PLAN), JOINED, JOINED);

            assertThat(evaluation.eligible()).isTrue();
            Finding dependants = evaluation.entry(SupportingFamiliesClaim.DEPENDANTS);
            assertThat(dependants.satisfiedBy()).containsExactly(id("pregnancy"));
            assertThat(dependants.because()).isEqualTo("an expectant parent, due 1 May 2023");
        }

        @Test
        void aPregnancyRecordedOnTheDayTheFamilyJoinedCountsTheDayAfterDoesNot() {
            mother.has("pregnancy", JOINED, new PregnancyRecorded(LocalDate.of(2023, 8, 1)));
            assertThat(dependants().met()).isTrue();

            SchemeFamilies later = family();
            later.member("sarah", LocalDate.of(1990, 2, 1))
                    .has("pregnancy", JOINED.plusDays(1), new PregnancyRecorded(LocalDate.of(2023, 8, 1)));
            Finding dependants = SCHEME.evaluate(later.record(LEAD, JOINED, PLAN), JOINED, JOINED)
                    .entry(SupportingFamiliesClaim.DEPENDANTS);
            assertThat(dependants.met()).isFalse();
            assertThat(dependants.notSatisfiedBy()).containsExactly(id("pregnancy"));
        }

        @Test
        void aDueDatePassedByTheTwoWeeksMarginStillCountsADayMoreDoesNot() {
            // due 27 December 2022: 27 Dec + 14 days = 10 January 2023, the day the family joined
            mother.has("pregnancy", LocalDate.of(2022, 5, 1), new PregnancyRecorded(LocalDate.of(2022, 12, 27)));
            assertThat(dependants().met()).isTrue();

            SchemeFamilies overdue = family();
            overdue.member("sarah", LocalDate.of(1990, 2, 1))
                    .has("pregnancy", LocalDate.of(2022, 5, 1), new PregnancyRecorded(LocalDate.of(2022, 12, 26)));
            Finding dependants = SCHEME.evaluate(overdue.record(LEAD, JOINED, PLAN), JOINED, JOINED)
                    .entry(SupportingFamiliesClaim.DEPENDANTS);
            assertThat(dependants.met()).isFalse();
            assertThat(dependants.notSatisfiedBy()).containsExactly(id("pregnancy"));
        }

        @Test
        void aPregnancyEndedOnOrBeforeTheDayTheFamilyJoinedNoLongerCounts() {
            mother.has("pregnancy", LocalDate.of(2022, 10, 3), new PregnancyRecorded(LocalDate.of(2023, 5, 1)))
                    .has("ended", JOINED, new PregnancyEnded(PregnancyEnding.ENDED_WITHOUT_BIRTH));

            Finding dependants = dependants();

            assertThat(dependants.met()).isFalse();
            assertThat(dependants.notSatisfiedBy()).containsExactlyInAnyOrder(id("pregnancy"), id("ended"));
        }

        @Test
        void anEndingRecordedAfterTheFamilyJoinedDoesNotUndoItsEligibility() {
            mother.has("pregnancy", LocalDate.of(2022, 10, 3), new PregnancyRecorded(LocalDate.of(2023, 5, 1)))
                    .has("born", LocalDate.of(2023, 4, 28), new PregnancyEnded(PregnancyEnding.BIRTH));

            assertThat(dependants().met()).isTrue();
        }

        @Test
        void anEndingOfAnEarlierPregnancyDoesNotEndALaterOne() {
            mother.has("first", LocalDate.of(2021, 1, 4), new PregnancyRecorded(LocalDate.of(2021, 8, 1)))
                    .has("first-born", LocalDate.of(2021, 7, 28), new PregnancyEnded(PregnancyEnding.BIRTH))
                    .has("second", LocalDate.of(2022, 10, 3), new PregnancyRecorded(LocalDate.of(2023, 5, 1)));

            Finding dependants = dependants();

            assertThat(dependants.met()).isTrue();
            assertThat(dependants.satisfiedBy()).containsExactly(id("second"));
            assertThat(dependants.notSatisfiedBy()).containsExactlyInAnyOrder(id("first"), id("first-born"));
        }
    }
}
