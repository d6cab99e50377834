package uk.joinedup.caseservice.outcomes.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.outcomes.schemes.SchemeFamilies.family;
import static uk.joinedup.caseservice.outcomes.schemes.SchemeFamilies.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.joinedup.caseservice.catalogue.AlternativeProvision;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourIntervention;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourInterventionGiven;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourReported;
import uk.joinedup.caseservice.catalogue.AttachedToEsfProvision;
import uk.joinedup.caseservice.catalogue.AttachedToWorkProgramme;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.catalogue.ClaimEndReason;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.EvictionNoticeServed;
import uk.joinedup.caseservice.catalogue.ExcludedFromSchool;
import uk.joinedup.caseservice.catalogue.ExclusionType;
import uk.joinedup.caseservice.catalogue.JobEnded;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.catalogue.LeftSchoolRoll;
import uk.joinedup.caseservice.catalogue.OffRollReason;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.PlacedInAlternativeProvision;
import uk.joinedup.caseservice.catalogue.PlacementReason;
import uk.joinedup.caseservice.catalogue.RejoinedSchoolRoll;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;

/**
 * Troubled Families phase 1 against hand-computed families, with facts on the edges of its windows and
 * thresholds, as the shipped scheme file configures it.
 *
 * <p>Every family joins on 1 October 2012 (financial year 2012/13: attachment fee £3,200; results £700, £100
 * and £800; cap £4,000). That day falls in the autumn term 2012/13, so the last three terms for entry are
 * autumn 2011/12 (1 Sep to 31 Dec 2011), spring 2011/12 (1 Jan to 14 Apr 2012) and summer 2011/12 (15 Apr
 * to 31 Aug 2012). Results judged on 1 April 2013 (in the spring term 2012/13) look at spring 2011/12, summer
 * 2011/12 and autumn 2012/13, and compare 1 April to 30 September 2012 with 2 October 2012 to 1 April 2013.
 * Unless a test says otherwise the family is Karen (born 1980), on Jobseeker's Allowance since January 2012
 * (the work criterion), served notice of eviction in June 2012 (local discretion), and Liam (born 2000).
 */
class TroubledFamiliesSchemeTest {

    private static final Scheme SCHEME = new Schemes().byId("troubled-families-phase-1");
    private static final LocalDate JOINED = LocalDate.of(2012, 10, 1);
    private static final LocalDate SIX_MONTHS_ON = LocalDate.of(2013, 4, 1);

    private SchemeFamilies family;
    private SchemeFamilies.Member karen;
    private SchemeFamilies.Member liam;

    TroubledFamiliesSchemeTest() {
        family = family();
        karen = family.member("karen", LocalDate.of(1980, 5, 1))
                .has("jsa", LocalDate.of(2012, 1, 9), new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE))
                .has("eviction", LocalDate.of(2012, 6, 1), new EvictionNoticeServed());
        liam = family.member("liam", LocalDate.of(2000, 3, 1));
    }

    @Nested
    class Entry {

        @Test
        void unauthorisedAbsenceOf15PointZeroPercentMeetsEducationAndTheFamilyIsEligibleForTheFee() {
            // 30 + 30 + 30 = 90 of 200 + 200 + 200 = 600 sessions: 15.0%
            attendance("2011/12", Term.AUTUMN, 200, 30);
            attendance("2011/12", Term.SPRING, 200, 30);
            attendance("2011/12", Term.SUMMER, 200, 30);

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isTrue();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).satisfiedBy())
                    .containsExactlyInAnyOrder(
                            id("attendance-2011/12-AUTUMN"),
                            id("attendance-2011/12-SPRING"),
                            id("attendance-2011/12-SUMMER"));
            assertThat(evaluation.entry(TroubledFamiliesEntry.WORK).satisfiedBy())
                    .containsExactly(id("jsa"));
            assertThat(evaluation.entry(TroubledFamiliesEntry.LOCAL_DISCRETION).satisfiedBy())
                    .containsExactly(id("eviction"));
            assertThat(evaluation.eligible()).isTrue();
            assertThat(evaluation.paymentYear()).isEqualTo("2012/13");
            assertThat(evaluation.attachmentFee()).isEqualByComparingTo("3200");
            assertThat(evaluation.total()).isEqualByComparingTo("3200");
        }

        @Test
        void unauthorisedAbsenceOf14Point9PercentDoesNotAndTwoCriteriaEarnNothing() {
            // 30 + 30 + 28 = 88 of 200 + 200 + 190 = 590 sessions: 14.9%
            attendance("2011/12", Term.AUTUMN, 200, 30);
            attendance("2011/12", Term.SPRING, 200, 30);
            attendance("2011/12", Term.SUMMER, 190, 28);

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isFalse();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).because())
                    .contains("nothing that meets it");
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).notSatisfiedBy())
                    .hasSize(3)
                    .contains(id("attendance-2011/12-SUMMER"));
            assertThat(evaluation.eligible()).isFalse();
            assertThat(evaluation.attachmentFee()).isEqualByComparingTo("0");
            assertThat(evaluation.total()).isEqualByComparingTo("0");
        }

        @Test
        void aCorrectedAttendanceRecordReplacesTheFirst() {
            attendance("2011/12", Term.AUTUMN, 200, 30);
            attendance("2011/12", Term.SPRING, 200, 30);
            attendance("2011/12", Term.SUMMER, 200, 30);
            // corrected the next day to 28: 88 of 600 is 14.7%
            liam.has(
                    "summer-corrected",
                    LocalDate.of(2012, 7, 21),
                    new TermAttendanceRecorded("2011/12", Term.SUMMER, 200, 0, 28));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isFalse();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).notSatisfiedBy())
                    .contains(id("summer-corrected"), id("attendance-2011/12-SUMMER"));
            assertThat(evaluation.eligible()).isFalse();
        }

        @Test
        void threeFixedExclusionsInTheLastThreeTermsMeetEducation() {
            liam.has("exclusion-autumn", LocalDate.of(2011, 11, 10), fixedExclusion())
                    .has("exclusion-spring", LocalDate.of(2012, 2, 10), fixedExclusion())
                    .has("exclusion-summer", LocalDate.of(2012, 6, 10), fixedExclusion());

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isTrue();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).satisfiedBy())
                    .containsExactly(id("exclusion-autumn"), id("exclusion-spring"), id("exclusion-summer"));
            assertThat(evaluation.eligible()).isTrue();
            assertThat(evaluation.total()).isEqualByComparingTo("3200");
        }

        @Test
        void twoFixedExclusionsInTheLastThreeTermsDoNotThoseOutsideThemNotCounted() {
            liam.has("exclusion-before", LocalDate.of(2011, 8, 31), fixedExclusion()) // summer 2010/11
                    .has("exclusion-spring", LocalDate.of(2012, 2, 10), fixedExclusion())
                    .has("exclusion-summer", LocalDate.of(2012, 8, 31), fixedExclusion())
                    .has("exclusion-this-term", LocalDate.of(2012, 9, 1), fixedExclusion()); // autumn 2012/13

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isFalse();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).satisfiedBy())
                    .isEmpty();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).notSatisfiedBy())
                    .containsExactlyInAnyOrder(
                            id("exclusion-before"),
                            id("exclusion-spring"),
                            id("exclusion-summer"),
                            id("exclusion-this-term"));
            assertThat(evaluation.eligible()).isFalse();
            assertThat(evaluation.total()).isEqualByComparingTo("0");
        }

        @Test
        void aChildOffASchoolRollOnTheDayTheFamilyJoinedMeetsEducation() {
            liam.has("left-roll", JOINED, new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isTrue();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).satisfiedBy())
                    .containsExactly(id("left-roll"));
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).because())
                    .contains("not on a school roll since 1 October 2012");
            assertThat(evaluation.eligible()).isTrue();
            assertThat(evaluation.total()).isEqualByComparingTo("3200");
        }

        @Test
        void aChildBackOnARollOnTheDayTheFamilyJoinedDoesNot() {
            liam.has("left-roll", LocalDate.of(2012, 5, 1), new LeftSchoolRoll(OffRollReason.ELECTIVE_HOME_EDUCATION))
                    .has("rejoined-roll", JOINED, new RejoinedSchoolRoll("Bitterne Park School"));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isFalse();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).notSatisfiedBy())
                    .containsExactlyInAnyOrder(id("left-roll"), id("rejoined-roll"));
            assertThat(evaluation.eligible()).isFalse();
        }

        @Test
        void aChildWhoLeftTheRollTheDayAfterTheFamilyJoinedDoesNot() {
            liam.has("left-roll", JOINED.plusDays(1), new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isFalse();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).notSatisfiedBy())
                    .containsExactly(id("left-roll"));
            assertThat(evaluation.eligible()).isFalse();
        }

        @Test
        void aChildOffARollStaysOffItWhateverElseIsRecordedAboutThemBeforeTheFamilyJoins() {
            // only records of leaving or rejoining a roll decide: a later case note is not a return to school
            liam.has("left-roll", LocalDate.of(2012, 5, 1), new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION))
                    .has("note", LocalDate.of(2012, 9, 3), new CaseNoteWritten("Visited at home"));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isTrue();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).satisfiedBy())
                    .containsExactly(id("left-roll"));
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).notSatisfiedBy())
                    .doesNotContain(id("note"));
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).because())
                    .contains("not on a school roll since 1 May 2012");
        }

        @Test
        void offARollCountsForAChildOfFifteenNotForOneOfSixteen() {
            // 16 on the day the family joined, and 16 the day after
            family.member("sixteen", LocalDate.of(1996, 10, 1))
                    .has("sixteen-left-roll", LocalDate.of(2012, 9, 20), new LeftSchoolRoll(OffRollReason.OTHER));
            SchemeFamilies.Member fifteen = family.member("fifteen", LocalDate.of(1996, 10, 2));

            assertThat(SCHEME.evaluate(family.record(), JOINED, JOINED)
                            .entry(TroubledFamiliesEntry.EDUCATION)
                            .met())
                    .isFalse();

            fifteen.has("fifteen-left-roll", LocalDate.of(2012, 9, 20), new LeftSchoolRoll(OffRollReason.OTHER));
            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isTrue();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).satisfiedBy())
                    .containsExactly(id("fifteen-left-roll"));
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).notSatisfiedBy())
                    .containsExactly(id("sixteen-left-roll"));
        }

        @Test
        void aPlacementInAPupilReferralUnitBecauseOfExclusionOnTheFirstDayOfTheLastThreeTermsMeetsEducation() {
            liam.has("placed", LocalDate.of(2011, 9, 1), pupilReferralUnit(PlacementReason.EXCLUDED));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isTrue();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).satisfiedBy())
                    .containsExactly(id("placed"));
            assertThat(evaluation.eligible()).isTrue();
        }

        @Test
        void aPlacementTheDayBeforeTheLastThreeTermsDoesNot() {
            liam.has("placed", LocalDate.of(2011, 8, 31), pupilReferralUnit(PlacementReason.EXCLUDED));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isFalse();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).notSatisfiedBy())
                    .containsExactly(id("placed"));
        }

        @Test
        void aPlacementInTheCurrentTermCountsOnTheDayTheFamilyJoinedNotTheDayAfter() {
            liam.has("placed-after", JOINED.plusDays(1), pupilReferralUnit(PlacementReason.EXCLUDED));
            assertThat(SCHEME.evaluate(family.record(), JOINED, JOINED)
                            .entry(TroubledFamiliesEntry.EDUCATION)
                            .met())
                    .isFalse();

            liam.has("placed", JOINED, pupilReferralUnit(PlacementReason.EXCLUDED));
            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isTrue();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).satisfiedBy())
                    .containsExactly(id("placed"));
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).notSatisfiedBy())
                    .containsExactly(id("placed-after"));
        }

        @Test
        void aPlacementForAReasonTheFileDoesNotListDoesNot() {
            liam.has("placed-health", LocalDate.of(2012, 2, 1), pupilReferralUnit(PlacementReason.HEALTH_NEEDS))
                    .has(
                            "placed-at-risk",
                            LocalDate.of(2012, 3, 1),
                            new PlacedInAlternativeProvision(
                                    AlternativeProvision.ALTERNATIVE_PROVISION, PlacementReason.AT_RISK_OF_EXCLUSION));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).met()).isFalse();
            assertThat(evaluation.entry(TroubledFamiliesEntry.EDUCATION).notSatisfiedBy())
                    .containsExactlyInAnyOrder(id("placed-health"), id("placed-at-risk"));
        }

        @Test
        void anOffenceProvenTwelveMonthsBeforeJoiningMeetsCrime() {
            liam.has("offence", LocalDate.of(2011, 10, 1), youthOffence(LocalDate.of(2011, 9, 1)));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.CRIME).met()).isTrue();
            assertThat(evaluation.entry(TroubledFamiliesEntry.CRIME).satisfiedBy())
                    .containsExactly(id("offence"));
            assertThat(evaluation.eligible()).isTrue();
            assertThat(evaluation.total()).isEqualByComparingTo("3200");
        }

        @Test
        void anOffenceProvenTwelveMonthsAndADayBeforeDoesNot() {
            liam.has("offence", LocalDate.of(2011, 9, 30), youthOffence(LocalDate.of(2011, 9, 1)));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.CRIME).met()).isFalse();
            assertThat(evaluation.entry(TroubledFamiliesEntry.CRIME).notSatisfiedBy())
                    .containsExactly(id("offence"));
            assertThat(evaluation.eligible()).isFalse();
            assertThat(evaluation.total()).isEqualByComparingTo("0");
        }

        @Test
        void aListedInterventionTwelveMonthsBeforeJoiningMeetsCrimeOnItsEvidence() {
            liam.has(
                    "contract",
                    LocalDate.of(2011, 10, 1),
                    new AntiSocialBehaviourInterventionGiven(
                            AntiSocialBehaviourIntervention.ACCEPTABLE_BEHAVIOUR_CONTRACT, null));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.CRIME).met()).isTrue();
            assertThat(evaluation.entry(TroubledFamiliesEntry.CRIME).satisfiedBy())
                    .containsExactly(id("contract"));
            assertThat(evaluation.entry(TroubledFamiliesEntry.CRIME).because())
                    .isEqualTo("an anti-social behaviour intervention on 1 October 2011");
            assertThat(evaluation.eligible()).isTrue();
        }

        @Test
        void anAdultsOffenceOrAWarningForAntiSocialBehaviourDoesNotMeetCrime() {
            karen.has(
                            "adult-offence",
                            LocalDate.of(2012, 5, 1),
                            new OffenceProven("Theft", LocalDate.of(2012, 4, 1), Disposal.CAUTION))
                    .has(
                            "warning",
                            LocalDate.of(2012, 5, 1),
                            new AntiSocialBehaviourInterventionGiven(AntiSocialBehaviourIntervention.WARNING, null));
            liam.has(
                    "contract",
                    LocalDate.of(2011, 9, 30),
                    new AntiSocialBehaviourInterventionGiven(
                            AntiSocialBehaviourIntervention.ACCEPTABLE_BEHAVIOUR_CONTRACT, null));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.entry(TroubledFamiliesEntry.CRIME).met()).isFalse();
            assertThat(evaluation.entry(TroubledFamiliesEntry.CRIME).notSatisfiedBy())
                    .containsExactlyInAnyOrder(id("adult-offence"), id("warning"), id("contract"));
            assertThat(evaluation.eligible()).isFalse();
        }
    }

    /** The work criterion: which claims are out of work, and which end ends which claim. */
    @Nested
    class OutOfWorkClaims {

        private Finding workOf(SchemeFamilies claimant) {
            return SCHEME.evaluate(claimant.record(), JOINED, JOINED).entry(TroubledFamiliesEntry.WORK);
        }

        private SchemeFamilies claiming(BenefitClaimStarted claim) {
            SchemeFamilies claimant = family();
            claimant.member("karen", LocalDate.of(1980, 5, 1)).has("claim", LocalDate.of(2012, 1, 9), claim);
            return claimant;
        }

        @Test
        void aClaimForABenefitTheSchemeDoesNotListIsNotOutOfWork() {
            Finding work = workOf(claiming(new BenefitClaimStarted(Benefit.OTHER)));

            assertThat(work.met()).isFalse();
            assertThat(work.notSatisfiedBy()).containsExactly(id("claim"));
            assertThat(work.because()).isEqualTo("no adult on an out-of-work benefit");
        }

        @Test
        void universalCreditIsOutOfWorkInTheRegimesTheSchemeListsOnly() {
            Finding searching = workOf(claiming(
                    new BenefitClaimStarted(Benefit.UNIVERSAL_CREDIT, UniversalCreditRegime.SEARCHING_FOR_WORK)));
            Finding working = workOf(claiming(
                    new BenefitClaimStarted(Benefit.UNIVERSAL_CREDIT, UniversalCreditRegime.WORKING_NO_REQUIREMENTS)));

            assertThat(searching.met()).isTrue();
            assertThat(searching.satisfiedBy()).containsExactly(id("claim"));
            assertThat(working.met()).isFalse();
            assertThat(working.notSatisfiedBy()).containsExactly(id("claim"));
        }

        @Test
        void theEndOfAClaimForAnotherBenefitDoesNotEndThisOne() {
            karen.has(
                    "carers-ended",
                    LocalDate.of(2012, 6, 1),
                    new BenefitClaimEnded(Benefit.CARERS_ALLOWANCE, ClaimEndReason.OTHER));

            Finding work = SCHEME.evaluate(family.record(), JOINED, JOINED).entry(TroubledFamiliesEntry.WORK);

            assertThat(work.met()).isTrue();
            assertThat(work.satisfiedBy()).containsExactly(id("jsa"));
        }

        @Test
        void eachEndEndsOneClaimSoOfTwoOverlappingClaimsTheLaterRunsToItsOwnEnd() {
            // jsa (9 Jan) ends at the first end after it, 1 June; jsa-again (1 March) at the next, 3 December
            karen.has("jsa-again", LocalDate.of(2012, 3, 1), new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE))
                    .has(
                            "jsa-ended",
                            LocalDate.of(2012, 6, 1),
                            new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.OTHER))
                    .has(
                            "jsa-again-ended",
                            LocalDate.of(2012, 12, 3),
                            new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.FOUND_WORK));

            Finding work = SCHEME.evaluate(family.record(), JOINED, JOINED).entry(TroubledFamiliesEntry.WORK);

            assertThat(work.met()).isTrue();
            assertThat(work.satisfiedBy()).containsExactly(id("jsa-again"));
            assertThat(work.notSatisfiedBy()).containsExactly(id("jsa"));
        }
    }

    @Nested
    class CrimeAndEducationResult {

        /**
         * Eligible on education (60 + 20 + 10 = 90 of 600, 15.0%), work and local discretion. Over the terms of
         * the results, 20 + 10 + 10 = 40 of 600 (6.7%), no exclusions; no offending before or since.
         */
        CrimeAndEducationResult() {
            attendance("2011/12", Term.AUTUMN, 200, 60);
            attendance("2011/12", Term.SPRING, 200, 20);
            attendance("2011/12", Term.SUMMER, 200, 10);
            attendance("2012/13", Term.AUTUMN, 200, 10);
        }

        @Test
        void theResultSaysWhyPartByPart() {
            ResultFinding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CRIME_AND_EDUCATION);

            assertThat(result.finding().because())
                    .isEqualTo("school: "
                            + result.part(TroubledFamiliesResults.SCHOOL).because()
                            + "; antiSocialBehaviourFall: none before joining; 0 from 1 April 2012 to 30 September 2012, 0 from"
                            + " 2 October 2012 to 1 April 2013"
                            + "; offendingFall: none before joining; 0 from 1 April 2012 to 30 September 2012, 0 from"
                            + " 2 October 2012 to 1 April 2013");
            assertThat(result.part(TroubledFamiliesResults.SCHOOL).because())
                    .startsWith("every school-age child in school over ");
        }

        @Test
        void withNothingToMeasureTheResultStillShowsWhatItRead() {
            // no child; anti-social behaviour only after joining: not met, and the report after joining is evidence
            SchemeFamilies adults = family();
            adults.member("karen", LocalDate.of(1980, 5, 1))
                    .has("asb-after", LocalDate.of(2012, 12, 1), new AntiSocialBehaviourReported("Shouting"));

            ResultFinding result = SCHEME.evaluate(adults.record(), JOINED, SIX_MONTHS_ON)
                    .result(TroubledFamiliesResults.CRIME_AND_EDUCATION);

            assertThat(result.finding().met()).isFalse();
            assertThat(result.finding().because()).startsWith("nothing to measure");
            assertThat(result.finding().notSatisfiedBy()).containsExactly(id("asb-after"));
            assertThat(result.part(TroubledFamiliesResults.ANTI_SOCIAL_BEHAVIOUR_FALL)
                            .notSatisfiedBy())
                    .containsExactly(id("asb-after"));
        }

        @Test
        void aSixtyPercentFallInAntiSocialBehaviourEarnsTheResult() {
            // 100 incidents from 1 April 2012, 40 from 2 October 2012: (100 - 40) / 100 = 60%
            liam.hasEach("before", 100, LocalDate.of(2012, 4, 1), new AntiSocialBehaviourReported("Shouting"))
                    .hasEach("after", 40, LocalDate.of(2012, 10, 2), new AntiSocialBehaviourReported("Shouting"));

            ResultFinding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CRIME_AND_EDUCATION);

            assertThat(result.part(TroubledFamiliesResults.ANTI_SOCIAL_BEHAVIOUR_FALL)
                            .met())
                    .isTrue();
            assertThat(result.part(TroubledFamiliesResults.ANTI_SOCIAL_BEHAVIOUR_FALL)
                            .because())
                    .startsWith("a fall of 60.0%");
            assertThat(result.part(TroubledFamiliesResults.ANTI_SOCIAL_BEHAVIOUR_FALL)
                            .satisfiedBy())
                    .hasSize(100);
            assertThat(result.part(TroubledFamiliesResults.ANTI_SOCIAL_BEHAVIOUR_FALL)
                            .notSatisfiedBy())
                    .hasSize(40);
            assertThat(result.part(TroubledFamiliesResults.SCHOOL).met()).isTrue();
            assertThat(result.part(TroubledFamiliesResults.OFFENDING_FALL).met())
                    .isTrue();
            assertThat(result.finding().met()).isTrue();
            assertThat(result.earned()).isEqualByComparingTo("700");
            assertThat(SCHEME.evaluate(family.record(), JOINED, SIX_MONTHS_ON).total())
                    .isEqualByComparingTo("3900");
        }

        @Test
        void aFiftyNinePercentFallDoesNot() {
            // (100 - 41) / 100 = 59%
            liam.hasEach("before", 100, LocalDate.of(2012, 4, 1), new AntiSocialBehaviourReported("Shouting"))
                    .hasEach("after", 41, LocalDate.of(2012, 10, 2), new AntiSocialBehaviourReported("Shouting"));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, SIX_MONTHS_ON);
            ResultFinding result = evaluation.result(TroubledFamiliesResults.CRIME_AND_EDUCATION);

            assertThat(result.part(TroubledFamiliesResults.ANTI_SOCIAL_BEHAVIOUR_FALL)
                            .met())
                    .isFalse();
            assertThat(result.part(TroubledFamiliesResults.ANTI_SOCIAL_BEHAVIOUR_FALL)
                            .because())
                    .startsWith("a fall of 59.0%");
            assertThat(result.finding().met()).isFalse();
            assertThat(result.finding().notSatisfiedBy()).contains(id("after-41"));
            assertThat(result.earned()).isEqualByComparingTo("0");
            assertThat(evaluation.eligible()).isTrue();
            assertThat(evaluation.total()).isEqualByComparingTo("3200");
        }

        @Test
        void threeFixedExclusionsInTheLastThreeTermsFailTheResultTwoDoNot() {
            liam.has("exclusion-1", LocalDate.of(2012, 9, 10), fixedExclusion())
                    .has("exclusion-2", LocalDate.of(2012, 10, 10), fixedExclusion());
            assertThat(resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CRIME_AND_EDUCATION)
                            .earned())
                    .isEqualByComparingTo("700");

            liam.has("exclusion-3", LocalDate.of(2012, 11, 10), fixedExclusion());
            ResultFinding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CRIME_AND_EDUCATION);

            assertThat(result.part(TroubledFamiliesResults.SCHOOL).met()).isFalse();
            assertThat(result.part(TroubledFamiliesResults.SCHOOL).notSatisfiedBy())
                    .contains(id("exclusion-1"), id("exclusion-2"), id("exclusion-3"));
            assertThat(result.earned()).isEqualByComparingTo("0");
        }

        @Test
        void aThirtyThreePercentFallInYouthOffendingMeetsItsPart() {
            // 3 offences committed before joining, 2 since: (3 - 2) / 3 = 33.3%
            liam.has("offence-1", LocalDate.of(2012, 6, 1), youthOffence(LocalDate.of(2012, 5, 1)))
                    .has("offence-2", LocalDate.of(2012, 7, 1), youthOffence(LocalDate.of(2012, 6, 1)))
                    .has("offence-3", LocalDate.of(2012, 8, 1), youthOffence(LocalDate.of(2012, 7, 1)))
                    .has("offence-4", LocalDate.of(2012, 12, 1), youthOffence(LocalDate.of(2012, 11, 1)))
                    .has("offence-5", LocalDate.of(2013, 2, 1), youthOffence(LocalDate.of(2013, 1, 1)));

            ResultFinding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CRIME_AND_EDUCATION);

            assertThat(result.part(TroubledFamiliesResults.OFFENDING_FALL).met())
                    .isTrue();
            assertThat(result.part(TroubledFamiliesResults.OFFENDING_FALL).satisfiedBy())
                    .containsExactly(id("offence-1"), id("offence-2"), id("offence-3"));
            assertThat(result.part(TroubledFamiliesResults.OFFENDING_FALL).notSatisfiedBy())
                    .containsExactly(id("offence-4"), id("offence-5"));
            assertThat(result.earned()).isEqualByComparingTo("700");
        }

        @Test
        void cannotBeJudgedBeforeSixMonthsHavePassed() {
            ResultFinding result =
                    resultOfEligibleFamily(LocalDate.of(2013, 3, 1), TroubledFamiliesResults.CRIME_AND_EDUCATION);

            assertThat(result.part(TroubledFamiliesResults.ANTI_SOCIAL_BEHAVIOUR_FALL)
                            .because())
                    .contains("not yet passed");
            assertThat(result.earned()).isEqualByComparingTo("0");
        }
    }

    @Nested
    class ContinuousEmploymentResult {

        /** Eligible (15.0% absence, work, local discretion); Karen leaves JSA for a job on 1 November 2012. */
        ContinuousEmploymentResult() {
            attendance("2011/12", Term.AUTUMN, 200, 30);
            attendance("2011/12", Term.SPRING, 200, 30);
            attendance("2011/12", Term.SUMMER, 200, 30);
            karen.has(
                            "jsa-ended",
                            LocalDate.of(2012, 11, 1),
                            new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.FOUND_WORK))
                    .has("job", LocalDate.of(2012, 11, 1), new JobStarted("Bakery", 30));
        }

        @Test
        void thirteenWeeksInWorkEarnTheResult() {
            // 1 November 2012 + 13 weeks = 31 January 2013
            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, LocalDate.of(2013, 1, 31));
            assertThat(evaluation.eligible()).isTrue();
            ResultFinding result = evaluation.result(TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT);

            assertThat(result.finding().met()).isTrue();
            assertThat(result.finding().satisfiedBy()).containsExactlyInAnyOrder(id("job"), id("jsa-ended"));
            assertThat(result.earned()).isEqualByComparingTo("800");
            assertThat(evaluation.total()).isEqualByComparingTo("4000");
            assertThat(evaluation.capReached()).isFalse();
        }

        @Test
        void thirteenWeeksLessADayDoNot() {
            ResultFinding result =
                    resultOfEligibleFamily(LocalDate.of(2013, 1, 30), TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT);

            assertThat(result.finding().met()).isFalse();
            assertThat(result.finding().notSatisfiedBy())
                    .contains(id("job"), id("jsa-ended"))
                    .as("only the facts of work and benefits are read")
                    .doesNotContain(id("eviction"), id("attendance-2011/12-AUTUMN"));
            assertThat(result.earned()).isEqualByComparingTo("0");
        }

        @Test
        void aJobThatEndedADayShortOfThirteenWeeksDoesNot() {
            karen.has("job-ended", LocalDate.of(2013, 1, 30), new JobEnded(null));

            ResultFinding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT);

            assertThat(result.finding().met()).isFalse();
            assertThat(result.finding().notSatisfiedBy()).contains(id("job-ended"));
            assertThat(result.earned()).isEqualByComparingTo("0");
        }

        @Test
        void someoneOnEmploymentAndSupportAllowanceNeedsTwentySixWeeks() {
            // eligible on crime (an acceptable behaviour contract in March 2012), work (ESA) and local discretion;
            // result (a) has nothing to measure: no child, and the contract is before the six months before joining
            SchemeFamilies onEsa = family();
            onEsa.member("karen", LocalDate.of(1980, 5, 1))
                    .has(
                            "esa",
                            LocalDate.of(2012, 1, 9),
                            new BenefitClaimStarted(Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP))
                    .has(
                            "contract",
                            LocalDate.of(2012, 3, 1),
                            new AntiSocialBehaviourInterventionGiven(
                                    AntiSocialBehaviourIntervention.ACCEPTABLE_BEHAVIOUR_CONTRACT, null))
                    .has("eviction", LocalDate.of(2012, 6, 1), new EvictionNoticeServed())
                    .has(
                            "esa-ended",
                            LocalDate.of(2012, 11, 1),
                            new BenefitClaimEnded(Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP, ClaimEndReason.FOUND_WORK))
                    .has("job", LocalDate.of(2012, 11, 1), new JobStarted("Bakery", 30));

            // 1 November 2012 + 26 weeks = 2 May 2013
            Evaluation dayBefore = SCHEME.evaluate(onEsa.record(), JOINED, LocalDate.of(2013, 5, 1));
            assertThat(dayBefore.eligible()).isTrue();
            assertThat(dayBefore
                            .result(TroubledFamiliesResults.CRIME_AND_EDUCATION)
                            .finding()
                            .because())
                    .startsWith("nothing to measure");
            assertThat(dayBefore
                            .result(TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                            .earned())
                    .isEqualByComparingTo("0");
            assertThat(dayBefore.total()).isEqualByComparingTo("3200");
            Evaluation twentySixWeeks = SCHEME.evaluate(onEsa.record(), JOINED, LocalDate.of(2013, 5, 2));
            assertThat(twentySixWeeks
                            .result(TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                            .earned())
                    .isEqualByComparingTo("800");
            assertThat(twentySixWeeks.total()).isEqualByComparingTo("4000");
        }
    }

    @Nested
    class Cap {

        @Test
        void theCapOfFourThousandCutsTheLastResult() {
            // eligible (fee 3,200); (a) by a 60% fall in ASB (700); (c) 13 weeks in work (800, cut to 100)
            attendance("2011/12", Term.AUTUMN, 200, 60);
            attendance("2011/12", Term.SPRING, 200, 20);
            attendance("2011/12", Term.SUMMER, 200, 10);
            attendance("2012/13", Term.AUTUMN, 200, 10);
            liam.hasEach("before", 10, LocalDate.of(2012, 4, 1), new AntiSocialBehaviourReported("Shouting"))
                    .hasEach("after", 4, LocalDate.of(2012, 10, 2), new AntiSocialBehaviourReported("Shouting"));
            karen.has(
                            "jsa-ended",
                            LocalDate.of(2012, 11, 1),
                            new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.FOUND_WORK))
                    .has("job", LocalDate.of(2012, 11, 1), new JobStarted("Bakery", 30));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, SIX_MONTHS_ON);

            assertThat(evaluation.eligible()).isTrue();
            assertThat(evaluation.attachmentFee()).isEqualByComparingTo("3200");
            assertThat(evaluation
                            .result(TroubledFamiliesResults.CRIME_AND_EDUCATION)
                            .earned())
                    .isEqualByComparingTo("700");
            assertThat(evaluation
                            .result(TroubledFamiliesResults.PROGRESS_TO_WORK)
                            .earned())
                    .isEqualByComparingTo("0");
            assertThat(evaluation
                            .result(TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                            .listed())
                    .isEqualByComparingTo("800");
            assertThat(evaluation
                            .result(TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                            .earned())
                    .isEqualByComparingTo("100");
            assertThat(evaluation.total()).isEqualByComparingTo("4000");
            assertThat(evaluation.capReached()).isTrue();
        }

        @Test
        void progressToWorkSinceJoiningEarnsItsAmount() {
            attendance("2011/12", Term.AUTUMN, 200, 30);
            attendance("2011/12", Term.SPRING, 200, 30);
            attendance("2011/12", Term.SUMMER, 200, 30);
            karen.has("work-programme-before", LocalDate.of(2012, 9, 30), new AttachedToWorkProgramme("Ingeus"))
                    .has("work-programme", LocalDate.of(2012, 10, 1), new AttachedToWorkProgramme("Ingeus"));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, SIX_MONTHS_ON);

            assertThat(evaluation
                            .result(TroubledFamiliesResults.PROGRESS_TO_WORK)
                            .finding()
                            .satisfiedBy())
                    .containsExactly(id("work-programme"));
            assertThat(evaluation
                            .result(TroubledFamiliesResults.PROGRESS_TO_WORK)
                            .finding()
                            .notSatisfiedBy())
                    .containsExactly(id("work-programme-before"));
            assertThat(evaluation
                            .result(TroubledFamiliesResults.PROGRESS_TO_WORK)
                            .earned())
                    .isEqualByComparingTo("100");
            assertThat(evaluation.total()).isEqualByComparingTo("3300");
            assertThat(evaluation.capReached()).isFalse();
        }

        @Test
        void attachmentToEsfProvisionOnTheDayTheFamilyJoinedEarnsProgressToWorkTheDayBeforeDoesNot() {
            attendance("2011/12", Term.AUTUMN, 200, 30);
            attendance("2011/12", Term.SPRING, 200, 30);
            attendance("2011/12", Term.SUMMER, 200, 30);
            karen.has("esf-before", JOINED.minusDays(1), new AttachedToEsfProvision("Reed in Partnership"))
                    .has("esf", JOINED, new AttachedToEsfProvision("Reed in Partnership"));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, SIX_MONTHS_ON);

            ResultFinding progress = evaluation.result(TroubledFamiliesResults.PROGRESS_TO_WORK);
            assertThat(progress.finding().met()).isTrue();
            assertThat(progress.finding().satisfiedBy()).containsExactly(id("esf"));
            assertThat(progress.finding().notSatisfiedBy()).containsExactly(id("esf-before"));
            assertThat(progress.earned()).isEqualByComparingTo("100");
        }

        @Test
        void attachmentToEsfProvisionOnlyBeforeTheFamilyJoinedEarnsNothing() {
            attendance("2011/12", Term.AUTUMN, 200, 30);
            attendance("2011/12", Term.SPRING, 200, 30);
            attendance("2011/12", Term.SUMMER, 200, 30);
            karen.has("esf-before", JOINED.minusDays(1), new AttachedToEsfProvision("Reed in Partnership"));

            ResultFinding progress = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.PROGRESS_TO_WORK);

            assertThat(progress.finding().met()).isFalse();
            assertThat(progress.earned()).isEqualByComparingTo("0");
        }
    }

    @Nested
    class AttachmentFee {

        /**
         * Karen on JSA since January 2012 (work), Liam off a school roll a month before joining (education), a
         * notice of eviction a month before joining (local discretion): eligible on three criteria whatever day
         * the family joined from April 2012 on.
         */
        private Evaluation joinedOn(LocalDate joined) {
            liam.has("left-roll", joined.minusMonths(1), new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION));
            karen.has("eviction-recent", joined.minusMonths(1), new EvictionNoticeServed());
            return SCHEME.evaluate(family.record(), joined, joined);
        }

        @ParameterizedTest(name = "joined {0}: {1} of {2}")
        @CsvSource({
            "2012-04-01, 3200, 2012/13",
            "2013-03-31, 3200, 2012/13",
            "2013-04-01, 2400, 2013/14",
            "2014-03-31, 2400, 2013/14",
            "2014-04-01, 1600, 2014/15",
            "2015-03-31, 1600, 2014/15"
        })
        void isTheAmountOfTheFinancialYearTheFamilyJoinedIn(LocalDate joined, String fee, String year) {
            Evaluation evaluation = joinedOn(joined);

            ResultFinding attachment = evaluation.result(TroubledFamiliesPayments.ATTACHMENT_FEE);
            assertThat(evaluation.paymentYear()).isEqualTo(year);
            assertThat(attachment.finding().met()).isTrue();
            assertThat(attachment.listed()).isEqualByComparingTo(fee);
            assertThat(attachment.earned()).isEqualByComparingTo(fee);
            assertThat(evaluation.attachmentFee()).isEqualByComparingTo(fee);
            assertThat(evaluation.total()).isEqualByComparingTo(fee);
        }

        @ParameterizedTest(name = "joined {0}")
        @CsvSource({"2012-03-31", "2015-04-01"})
        void isMetButEarnsNothingInAYearTheFileListsNoAmountsFor(LocalDate joined) {
            Evaluation evaluation = joinedOn(joined);

            ResultFinding attachment = evaluation.result(TroubledFamiliesPayments.ATTACHMENT_FEE);
            assertThat(evaluation.eligible()).isTrue();
            assertThat(evaluation.paymentYear()).isNull();
            assertThat(evaluation.yearsListed())
                    .as("what the page names as the years the scheme pays for")
                    .containsExactly("2012/13", "2013/14", "2014/15");
            assertThat(attachment.finding().met()).isTrue();
            assertThat(attachment.listed()).isEqualByComparingTo("0");
            assertThat(attachment.earned()).isEqualByComparingTo("0");
        }

        @Test
        void isTheFirstPayableAndRestsOnTheFactsOfTheCriteriaMet() {
            liam.has("left-roll", JOINED.minusMonths(1), new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION))
                    .has("offence-too-old", JOINED.minusMonths(13), youthOffence(JOINED.minusMonths(14)));

            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            assertThat(evaluation.results())
                    .extracting(result -> result.finding().criterion())
                    .containsExactly(
                            TroubledFamiliesPayments.ATTACHMENT_FEE,
                            TroubledFamiliesResults.CRIME_AND_EDUCATION,
                            TroubledFamiliesResults.PROGRESS_TO_WORK,
                            TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT);
            Finding fee =
                    evaluation.result(TroubledFamiliesPayments.ATTACHMENT_FEE).finding();
            assertThat(fee.met()).isTrue();
            assertThat(fee.satisfiedBy()).containsExactlyInAnyOrder(id("jsa"), id("eviction"), id("left-roll"));
            assertThat(fee.notSatisfiedBy())
                    .as("the crime criterion, not met, read the offence proven 13 months before")
                    .containsExactly(id("offence-too-old"));
            assertThat(fee.because()).startsWith("3 of the 4 entry criteria met, 3 needed");
        }

        @Test
        void isNotMetNorEarnedByAFamilyMeetingTwoCriteria() {
            Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, JOINED);

            ResultFinding attachment = evaluation.result(TroubledFamiliesPayments.ATTACHMENT_FEE);
            assertThat(evaluation.eligible()).isFalse();
            assertThat(attachment.finding().met()).isFalse();
            assertThat(attachment.finding().satisfiedBy()).containsExactlyInAnyOrder(id("jsa"), id("eviction"));
            assertThat(attachment.finding().because()).startsWith("2 of the 4 entry criteria met, 3 needed");
            assertThat(attachment.listed()).isEqualByComparingTo("3200");
            assertThat(attachment.earned()).isEqualByComparingTo("0");
            assertThat(evaluation.total()).isEqualByComparingTo("0");
        }

        @Test
        void comesFirstUnderTheCapSoTheLastResultsOf2014To15AreCut() {
            // joined 1 October 2014 (2014/15): fee 1,600; (a) 2,100 -> 3,700; (b) 300 -> 4,000; (c) 2,400 cut to 0
            LocalDate joined = LocalDate.of(2014, 10, 1);
            LocalDate judged = LocalDate.of(2015, 4, 1);
            karen.has("eviction-2014", LocalDate.of(2014, 6, 1), new EvictionNoticeServed())
                    .has("work-programme", joined, new AttachedToWorkProgramme("Ingeus"))
                    .has(
                            "jsa-ended",
                            LocalDate.of(2014, 11, 1),
                            new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.FOUND_WORK))
                    .has("job", LocalDate.of(2014, 11, 1), new JobStarted("Bakery", 30));
            attendance("2013/14", Term.AUTUMN, 200, 60);
            attendance("2013/14", Term.SPRING, 200, 20);
            attendance("2013/14", Term.SUMMER, 200, 10);
            attendance("2014/15", Term.AUTUMN, 200, 10);
            liam.hasEach("before", 10, LocalDate.of(2014, 4, 1), new AntiSocialBehaviourReported("Shouting"))
                    .hasEach("after", 4, LocalDate.of(2014, 10, 2), new AntiSocialBehaviourReported("Shouting"));

            Evaluation evaluation = SCHEME.evaluate(family.record(), joined, judged);

            assertThat(evaluation.paymentYear()).isEqualTo("2014/15");
            assertThat(evaluation.results())
                    .extracting(ResultFinding::earned)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(
                            new BigDecimal("1600"), new BigDecimal("2100"), new BigDecimal("300"), new BigDecimal("0"));
            assertThat(evaluation
                            .result(TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                            .finding()
                            .met())
                    .isTrue();
            assertThat(evaluation.total()).isEqualByComparingTo("4000");
            assertThat(evaluation.capReached()).isTrue();
        }
    }

    /** A result for the family, which the test expects to be eligible (so that the result's amount is due). */
    /** The ages the file sets, each on the day it turns: 18 for an adult and for youth offending, 5 to 15 at school. */
    @Nested
    class Ages {

        @Test
        void anOffenceCommittedTheDayBeforeTheEighteenthBirthdayMeetsCrimeOneOnTheBirthdayDoesNot() {
            SchemeFamilies youth = family();
            youth.member("kai", LocalDate.of(1994, 6, 1))
                    .has("at-17", LocalDate.of(2012, 7, 1), youthOffence(LocalDate.of(2012, 5, 31)));
            SchemeFamilies adult = family();
            adult.member("kai", LocalDate.of(1994, 6, 1))
                    .has("at-18", LocalDate.of(2012, 7, 1), youthOffence(LocalDate.of(2012, 6, 1)));

            assertThat(SCHEME.evaluate(youth.record(), JOINED, JOINED)
                            .entry(TroubledFamiliesEntry.CRIME)
                            .satisfiedBy())
                    .containsExactly(id("at-17"));
            Finding crime = SCHEME.evaluate(adult.record(), JOINED, JOINED).entry(TroubledFamiliesEntry.CRIME);
            assertThat(crime.met()).isFalse();
            assertThat(crime.because())
                    .isEqualTo("no offence by an under-18 nor listed intervention from 1 October 2011");
        }

        @Test
        void someoneEighteenOnTheDayIsAnAdultOnBenefitAndNoLongerAChildExcludedFromSchool() {
            SchemeFamilies eighteen = family();
            eighteen.member("sam", LocalDate.of(1994, 10, 1))
                    .has("jsa", LocalDate.of(2012, 9, 3), new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE))
                    .has("excluded", LocalDate.of(2012, 3, 1), new ExcludedFromSchool(ExclusionType.PERMANENT, null));
            SchemeFamilies seventeen = family();
            seventeen
                    .member("sam", LocalDate.of(1994, 10, 2))
                    .has("jsa", LocalDate.of(2012, 9, 3), new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE))
                    .has("excluded", LocalDate.of(2012, 3, 1), new ExcludedFromSchool(ExclusionType.PERMANENT, null));

            Evaluation adult = SCHEME.evaluate(eighteen.record(), JOINED, JOINED);
            Evaluation child = SCHEME.evaluate(seventeen.record(), JOINED, JOINED);

            assertThat(adult.entry(TroubledFamiliesEntry.WORK).satisfiedBy()).containsExactly(id("jsa"));
            assertThat(adult.entry(TroubledFamiliesEntry.WORK).because())
                    .isEqualTo("an adult on an out-of-work benefit on 1 October 2012");
            assertThat(adult.entry(TroubledFamiliesEntry.WORK).notSatisfiedBy()).isEmpty();
            assertThat(adult.entry(TroubledFamiliesEntry.EDUCATION).met()).isFalse();
            assertThat(child.entry(TroubledFamiliesEntry.WORK).met()).isFalse();
            assertThat(child.entry(TroubledFamiliesEntry.WORK).because())
                    .isEqualTo("no adult on an out-of-work benefit");
            assertThat(child.entry(TroubledFamiliesEntry.WORK).notSatisfiedBy())
                    .as("a child's benefit is read, and does not count")
                    .containsExactly(id("jsa"));
            assertThat(child.entry(TroubledFamiliesEntry.EDUCATION).satisfiedBy())
                    .containsExactly(id("excluded"));
        }

        @Test
        void aNoticeOfEvictionMoreThanTwelveMonthsBeforeJoiningIsNoLocalDiscretion() {
            SchemeFamilies evicted = family();
            evicted.member("ann", LocalDate.of(1980, 1, 1))
                    .has("eviction-old", LocalDate.of(2011, 9, 30), new EvictionNoticeServed())
                    .has("eviction", LocalDate.of(2011, 10, 1), new EvictionNoticeServed());

            Finding discretion =
                    SCHEME.evaluate(evicted.record(), JOINED, JOINED).entry(TroubledFamiliesEntry.LOCAL_DISCRETION);

            assertThat(discretion.satisfiedBy()).containsExactly(id("eviction"));
            assertThat(discretion.notSatisfiedBy()).containsExactly(id("eviction-old"));
            assertThat(discretion.because()).isEqualTo("a listed fact from 1 October 2011");
        }

        @Test
        void aChildOfFiveOffARollOnTheDayTheFamilyJoinedMeetsEducationOneOfFourDoesNot() {
            SchemeFamilies five = family();
            five.member("ivy", LocalDate.of(2007, 10, 1))
                    .has(
                            "off-roll",
                            LocalDate.of(2012, 9, 20),
                            new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION));
            SchemeFamilies four = family();
            four.member("ivy", LocalDate.of(2007, 10, 2))
                    .has(
                            "off-roll",
                            LocalDate.of(2012, 9, 20),
                            new LeftSchoolRoll(OffRollReason.CHILD_MISSING_EDUCATION));

            assertThat(SCHEME.evaluate(five.record(), JOINED, JOINED)
                            .entry(TroubledFamiliesEntry.EDUCATION)
                            .satisfiedBy())
                    .containsExactly(id("off-roll"));
            assertThat(SCHEME.evaluate(four.record(), JOINED, JOINED)
                            .entry(TroubledFamiliesEntry.EDUCATION)
                            .met())
                    .isFalse();
        }

        @Test
        void aChildFiveOnTheDayOfTheResultsIsOfSchoolAgeAndFailsItWithoutAttendance() {
            eligibleOnLiamsAttendance();
            family.member("ava", LocalDate.of(2008, 4, 1));

            Finding school = schoolPart();

            assertThat(school.met()).isFalse();
            assertThat(school.because()).startsWith("ava has no attendance recorded");
        }

        @Test
        void aChildSixteenOnTheDayOfTheResultsIsNoLongerOfSchoolAge() {
            eligibleOnLiamsAttendance();
            family.member("tom", LocalDate.of(1997, 4, 1));

            Finding school = schoolPart();

            assertThat(school.met()).isTrue();
            assertThat(school.because()).startsWith("every school-age child in school over ");
        }

        @Test
        void theSchoolPartCountsFixedAndPermanentExclusionsTogether() {
            eligibleOnLiamsAttendance();
            liam.has("exclusion-1", LocalDate.of(2012, 9, 10), fixedExclusion())
                    .has("exclusion-2", LocalDate.of(2012, 10, 10), fixedExclusion())
                    .has(
                            "permanent",
                            LocalDate.of(2012, 11, 10),
                            new ExcludedFromSchool(ExclusionType.PERMANENT, null));

            assertThat(schoolPart().because()).startsWith("liam was excluded 3 times");
        }

        private Finding schoolPart() {
            return resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CRIME_AND_EDUCATION)
                    .part(TroubledFamiliesResults.SCHOOL);
        }

        @Test
        void offendingBySomeoneOnTheDayTheyTurnedEighteenIsNotYouthOffending() {
            eligibleOnLiamsAttendance();
            family.member("kai", LocalDate.of(1994, 6, 1))
                    .has("at-17", LocalDate.of(2012, 7, 1), youthOffence(LocalDate.of(2012, 5, 31)))
                    .has("at-18", LocalDate.of(2012, 7, 2), youthOffence(LocalDate.of(2012, 6, 1)));

            ResultFinding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CRIME_AND_EDUCATION);

            assertThat(result.part(TroubledFamiliesResults.OFFENDING_FALL).satisfiedBy())
                    .containsExactly(id("at-17"));
        }

        @Test
        void progressToWorkIsAnAdultsAttachmentNotASeventeenYearOlds() {
            eligibleOnLiamsAttendance();
            family.member("joe", LocalDate.of(1995, 11, 2))
                    .has("programme-at-17", LocalDate.of(2012, 11, 1), new AttachedToWorkProgramme("Ingeus"));

            ResultFinding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.PROGRESS_TO_WORK);

            assertThat(result.finding().met()).isFalse();
            assertThat(result.finding().notSatisfiedBy()).containsExactly(id("programme-at-17"));
            assertThat(result.finding().because()).isEqualTo("no adult attached since 1 October 2012");
        }

        @Test
        void progressToWorkCountsAnAttachmentOnTheEighteenthBirthday() {
            eligibleOnLiamsAttendance();
            family.member("joe", LocalDate.of(1994, 11, 1))
                    .has("programme-at-18", LocalDate.of(2012, 11, 1), new AttachedToWorkProgramme("Ingeus"));

            ResultFinding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.PROGRESS_TO_WORK);

            assertThat(result.finding().satisfiedBy()).containsExactly(id("programme-at-18"));
            assertThat(result.finding().because()).isEqualTo("an adult attached since 1 October 2012");
        }

        @Test
        void continuousEmploymentTakesSomeoneEighteenOnTheDayTheFamilyJoinedNotSeventeen() {
            eligibleOnLiamsAttendance();
            inWorkFromNovember("dan", LocalDate.of(1994, 10, 1));
            inWorkFromNovember("eve", LocalDate.of(1994, 10, 2));

            ResultFinding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT);

            assertThat(result.finding().because())
                    .contains("dan in work off out-of-work benefits for 13 weeks from 1 November 2012")
                    .doesNotContain("eve");
            assertThat(result.finding().satisfiedBy()).containsExactlyInAnyOrder(id("job-dan"), id("jsa-ended-dan"));
        }

        /** A member on JSA from September 2012, off it and in work from 1 November. */
        private void inWorkFromNovember(String name, LocalDate born) {
            family.member(name, born)
                    .has("jsa-" + name, LocalDate.of(2012, 9, 3), new BenefitClaimStarted(Benefit.JOBSEEKERS_ALLOWANCE))
                    .has(
                            "jsa-ended-" + name,
                            LocalDate.of(2012, 11, 1),
                            new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.FOUND_WORK))
                    .has("job-" + name, LocalDate.of(2012, 11, 1), new JobStarted("Bakery", 30));
        }
    }

    /** Where a continuous period of work starts: the day a job started or the day an out-of-work benefit ended. */
    @Nested
    class ContinuousPeriod {

        ContinuousPeriod() {
            eligibleOnLiamsAttendance();
        }

        @Test
        void inWorkBeforeJoiningTheyStartTheDayTheirBenefitEnds() {
            karen.has("job", LocalDate.of(2012, 9, 3), new JobStarted("Bakery", 12))
                    .has("jsa-ended", LocalDate.of(2012, 11, 1), jsaEnded());

            Finding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                    .finding();

            assertThat(result.because())
                    .isEqualTo("karen in work off out-of-work benefits for 13 weeks from 1 November 2012");
            assertThat(result.satisfiedBy()).containsExactlyInAnyOrder(id("job"), id("jsa-ended"));
        }

        @Test
        void offBenefitBeforeTheyFoundWorkTheyStartTheDayTheJobStarts() {
            karen.has("jsa-ended", LocalDate.of(2012, 10, 15), jsaEnded())
                    .has("job", LocalDate.of(2012, 11, 1), new JobStarted("Bakery", 30));

            Finding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                    .finding();

            assertThat(result.because())
                    .isEqualTo("karen in work off out-of-work benefits for 13 weeks from 1 November 2012");
            assertThat(result.satisfiedBy()).containsExactlyInAnyOrder(id("job"), id("jsa-ended"));
        }

        @Test
        void aBenefitThatEndedBeforeTheFamilyJoinedDoesNotSetTheWeeksNeeded() {
            // employment and support allowance would need 26 weeks; it ended before the JSA claim began
            karen.has("esa", LocalDate.of(2011, 1, 3), new BenefitClaimStarted(Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP))
                    .has(
                            "esa-ended",
                            LocalDate.of(2011, 12, 30),
                            new BenefitClaimEnded(Benefit.ESA_WORK_RELATED_ACTIVITY_GROUP, ClaimEndReason.OTHER))
                    .has("jsa-ended", LocalDate.of(2012, 11, 1), jsaEnded())
                    .has("job", LocalDate.of(2012, 11, 1), new JobStarted("Bakery", 30));

            Finding result = resultOfEligibleFamily(
                            LocalDate.of(2013, 1, 31), TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                    .finding();

            assertThat(result.met()).isTrue();
            assertThat(result.satisfiedBy()).containsExactlyInAnyOrder(id("job"), id("jsa-ended"));
        }

        @Test
        void workBeforeTheFamilyJoinedDoesNotCount() {
            // 2011 in a job, off benefit: 13 weeks and more, all before the JSA claim and the family joining
            karen.has("old-job", LocalDate.of(2011, 1, 3), new JobStarted("Warehouse", 37))
                    .has("old-job-ended", LocalDate.of(2011, 12, 30), new JobEnded(null));

            Finding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                    .finding();

            assertThat(result.met()).isFalse();
            assertThat(result.because()).isEqualTo("karen not yet 13 weeks in work off out-of-work benefits");
            assertThat(result.notSatisfiedBy()).contains(id("old-job"), id("jsa"));
        }

        @Test
        void weeksInWorkStillOnBenefitDoNotCount() {
            // in work from 1 November 2012, off JSA only from 3 December 2012: + 13 weeks = 4 March 2013
            karen.has("job", LocalDate.of(2012, 11, 1), new JobStarted("Bakery", 30))
                    .has("jsa-ended", LocalDate.of(2012, 12, 3), jsaEnded());

            Finding dayBefore = resultOfEligibleFamily(
                            LocalDate.of(2013, 3, 3), TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                    .finding();
            Finding thirteenWeeks = resultOfEligibleFamily(
                            LocalDate.of(2013, 3, 4), TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                    .finding();

            assertThat(dayBefore.met()).isFalse();
            assertThat(thirteenWeeks.met()).isTrue();
            assertThat(thirteenWeeks.because())
                    .isEqualTo("karen in work off out-of-work benefits for 13 weeks from 3 December 2012");
        }

        @Test
        void onlyTheJobOfTheWeeksCountedIsTheirEvidence() {
            // a fortnight's temping while still on JSA, then off JSA into the bakery on 1 November 2012
            karen.has("temp", LocalDate.of(2012, 10, 8), new JobStarted("Temping", 20))
                    .has("temp-ended", LocalDate.of(2012, 10, 26), new JobEnded(null))
                    .has("jsa-ended", LocalDate.of(2012, 11, 1), jsaEnded())
                    .has("job", LocalDate.of(2012, 11, 1), new JobStarted("Bakery", 30));

            Finding result = resultOfEligibleFamily(SIX_MONTHS_ON, TroubledFamiliesResults.CONTINUOUS_EMPLOYMENT)
                    .finding();

            assertThat(result.met()).isTrue();
            assertThat(result.because())
                    .isEqualTo("karen in work off out-of-work benefits for 13 weeks from 1 November 2012");
            assertThat(result.satisfiedBy()).containsExactlyInAnyOrder(id("job"), id("jsa-ended"));
        }

        private static BenefitClaimEnded jsaEnded() {
            return new BenefitClaimEnded(Benefit.JOBSEEKERS_ALLOWANCE, ClaimEndReason.FOUND_WORK);
        }
    }

    /** As in {@link CrimeAndEducationResult}: eligible on Liam's absence, in school since. */
    private void eligibleOnLiamsAttendance() {
        attendance("2011/12", Term.AUTUMN, 200, 60);
        attendance("2011/12", Term.SPRING, 200, 20);
        attendance("2011/12", Term.SUMMER, 200, 10);
        attendance("2012/13", Term.AUTUMN, 200, 10);
    }

    private ResultFinding resultOfEligibleFamily(LocalDate asAt, String result) {
        Evaluation evaluation = SCHEME.evaluate(family.record(), JOINED, asAt);
        assertThat(evaluation.eligible()).as("eligible").isTrue();
        return evaluation.result(result);
    }

    /** Liam's attendance for a term, recorded on the last day of the term's school weeks. */
    private void attendance(String academicYear, Term term, int sessions, int unauthorised) {
        int startYear = Integer.parseInt(academicYear.substring(0, 4));
        LocalDate recorded =
                switch (term) {
                    case AUTUMN -> LocalDate.of(startYear, 12, 20);
                    case SPRING -> LocalDate.of(startYear + 1, 4, 5);
                    case SUMMER -> LocalDate.of(startYear + 1, 7, 20);
                };
        liam.has(
                "attendance-" + academicYear + "-" + term,
                recorded,
                new TermAttendanceRecorded(academicYear, term, sessions, 0, unauthorised));
    }

    private static ExcludedFromSchool fixedExclusion() {
        return new ExcludedFromSchool(ExclusionType.FIXED_TERM, 2);
    }

    private static PlacedInAlternativeProvision pupilReferralUnit(PlacementReason reason) {
        return new PlacedInAlternativeProvision(AlternativeProvision.PUPIL_REFERRAL_UNIT, reason);
    }

    private static OffenceProven youthOffence(LocalDate committed) {
        return new OffenceProven("Criminal damage", committed, Disposal.YOUTH_CAUTION);
    }
}
