package uk.joinedup.caseservice.imports.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.joinedup.caseservice.imports.matching.Someone.nobody;
import static uk.joinedup.caseservice.imports.matching.Someone.someone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PersonMatcherTest {

    private static final List<Case> CASES = new ArrayList<>();

    private static final LocalDate BORN = LocalDate.of(2012, 3, 9);
    private static final String NHS = "9434765919";
    private static final String UPN = "A123456789012";
    private static final Someone JANE =
            someone("Jane", "Smith").born(BORN).livingAt("SO14 0PB").nhs(NHS).pupil(UPN);
    /** Jane as another agency's extract has her: no identifiers. */
    private static final Someone JANE_ROW = someone("Jane", "Smith").born(BORN).livingAt("SO14 0PB");

    private static final LocalDate TWINS_BORN = LocalDate.of(2015, 6, 21);
    private static final Someone AMY =
            someone("Amy", "Smith").born(TWINS_BORN).livingAt("SO14 0PB").nhs("4010232137");
    private static final Someone AVA = AMY.named("Ava", "Smith").nhs("4010232145");

    private static final Someone MARK = someone("Mark", "Jones")
            .born(LocalDate.of(1985, 7, 2))
            .livingAt("LS1 4AP")
            .nationalInsurance("QQ123456C");

    private static final Case IDENTIFIED_BY_NHS = new Case(
            "identified by NHS number, with a new family name and address",
            JANE_ROW.named("Jane", "Jones").livingAt("M1 1AE").nhs(NHS),
            JANE.as("jane"),
            someone("Janet", "Smyth").born(LocalDate.of(1990, 1, 1)).as("janet"));
    private static final Case IDENTIFIED_WITH_DAY_AND_MONTH_SWAPPED = new Case(
            "identified by NHS number, the date of birth with day and month swapped",
            JANE_ROW.born(LocalDate.of(2012, 9, 3)).nhs(NHS),
            JANE.as("jane"));
    private static final Case NATIONAL_INSURANCE_CONFLICT = new Case(
            "the same National Insurance number, another date of birth",
            MARK.born(LocalDate.of(1985, 9, 20)).livingAt("LS6 2AB"),
            MARK.as("mark"));
    private static final Case TWIN_WITH_THE_OTHER_TWINS_NHS_NUMBER = new Case(
            "a twin recorded with the other twin's NHS number", AVA.nhs(AMY.nhsNumber()), AMY.as("amy"), AVA.as("ava"));
    private static final Case NHS_NUMBER_WITHOUT_A_DATE_OF_BIRTH = new Case(
            "the same NHS number, no date of birth", JANE_ROW.born(null).nhs(NHS), JANE.as("jane"));
    private static final Case NHS_NUMBER_ALONE =
            new Case("nothing but the same NHS number", nobody().nhs(NHS), JANE.as("jane"));
    private static final Case DIFFERENT_NHS_NUMBER =
            new Case("everything the same but the NHS number", JANE_ROW.nhs("4010232137"), JANE.as("jane"));
    private static final Case SAME_NHS_NUMBER_DIFFERENT_PUPIL_NUMBER = new Case(
            "the same NHS number, confirmed, but another unique pupil number",
            JANE_ROW.nhs(NHS).pupil("B987654321098"),
            JANE.as("jane"));
    private static final Case TWO_SHARE_IDENTIFIERS = new Case(
            "two people share an identifier with the row",
            JANE_ROW.nhs(NHS).pupil(UPN),
            JANE.as("jane-b"),
            JANE_ROW.pupil(UPN).as("jane-a"));
    private static final Case FAMILY_NAME_SLIP =
            new Case("a typing slip in the family name", JANE_ROW.named("Jane", "Smiht"), JANE.as("jane"));
    private static final Case FAMILY_NAME_SOUNDS_THE_SAME =
            new Case("a family name that sounds the same", JANE_ROW.named("Jane", "Schmidt"), JANE.as("jane"));
    private static final Case DAY_AND_MONTH_SWAPPED = new Case(
            "the date of birth with day and month swapped", JANE_ROW.born(LocalDate.of(2012, 9, 3)), JANE.as("jane"));
    private static final Case TWINS = new Case(
            "twins of one date of birth, family name and postcode", AVA.nhs(null), AMY.as("amy"), AVA.as("ava"));
    private static final Case TWINS_BY_INITIAL = new Case(
            "twins, the row giving an initial", AVA.named("A", "Smith").nhs(null), AVA.as("ava"), AMY.as("amy"));
    private static final Case CHANGED_FAMILY_NAME = new Case(
            "the family name they had before a change",
            JANE_ROW,
            JANE_ROW.named("Jane", "Jones").formerly("Jane Smith").as("jane"));
    private static final Case SHORT_FORM = new Case(
            "a short form of the first name",
            someone("Jon", "Price").born(LocalDate.of(1980, 1, 15)).livingAt("SO15 2AB"),
            someone("Jonathan", "Price")
                    .born(LocalDate.of(1980, 1, 15))
                    .livingAt("SO15 2AB")
                    .as("jonathan"));
    private static final Case NO_CANDIDATES = new Case("no candidates", JANE_ROW);
    private static final Case RIVAL = new Case(
            "a second Jane Smith born a year before, at the same postcode",
            JANE_ROW,
            JANE.as("jane"),
            JANE_ROW.born(LocalDate.of(2011, 3, 9)).as("jane-2"));
    private static final Case NOTHING_KNOWN = new Case("nothing known on either side", nobody(), nobody().as("x"));
    private static final Case NO_DATE_OF_BIRTH =
            new Case("names and postcode, no date of birth", JANE_ROW.born(null), JANE.as("jane"));
    private static final Case SCORING_85 = new Case(
            "85: family name alike and postcode in the same sector",
            JANE_ROW.named("Jane", "Smyth").livingAt("SO14 0XY"),
            JANE.as("jane"));
    private static final Case SCORING_60 = new Case(
            "60: first name and date of birth alone",
            JANE_ROW.named("Jane", "Brown").livingAt("M1 1AE"),
            JANE.as("jane"));
    private static final Case ACCENTS_AND_PUNCTUATION = new Case(
            "accents, apostrophes, hyphens and capitals",
            someone("ZOE", "OBRIEN SMITH").born(BORN).livingAt("so140pb"),
            someone("Zoë", "O'Brien-Smith").born(BORN).livingAt("SO14 0PB").as("zoe"));

    // Identifiers first

    @Test
    void aSharedIdentifierConfirmedByFirstNameAndDateOfBirthAppliesWhateverElseDiffers() {
        assertThat(IDENTIFIED_BY_NHS.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.APPLY,
                        "jane",
                        List.of(new ScoredCandidate(
                                "jane",
                                100,
                                List.of(
                                        "Same NHS number, confirmed by the first name and date of birth",
                                        "Same date of birth",
                                        "Family name differs",
                                        "Same first name",
                                        "Postcode differs")))));
    }

    @Test
    void aDateOfBirthWithDayAndMonthSwappedStillConfirmsAnIdentifier() {
        MatchDecision decision = IDENTIFIED_WITH_DAY_AND_MONTH_SWAPPED.decision();

        assertThat(decision.outcome()).isEqualTo(Outcome.APPLY);
        assertThat(decision.personId()).isEqualTo("jane");
        assertThat(decision.candidates().get(0).reasons()).contains("Date of birth has the day and month swapped");
    }

    @Test
    void aSharedIdentifierWithAnotherDateOfBirthIsReviewedEvenBelowTheReviewThreshold() {
        assertThat(NATIONAL_INSURANCE_CONFLICT.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(new ScoredCandidate(
                                "mark",
                                55,
                                List.of(
                                        "Same National Insurance number, but the date of birth differs",
                                        "Date of birth differs",
                                        "Same family name",
                                        "Same first name",
                                        "Postcode differs")))));
    }

    @Test
    void aTwinsNhsNumberOnTheOtherTwinMergesNobody() {
        assertThat(TWIN_WITH_THE_OTHER_TWINS_NHS_NUMBER.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(
                                new ScoredCandidate(
                                        "ava",
                                        100,
                                        List.of(
                                                "A different NHS number is recorded for them",
                                                "Same date of birth",
                                                "Same family name",
                                                "Same first name",
                                                "Same postcode")),
                                new ScoredCandidate(
                                        "amy",
                                        59,
                                        List.of(
                                                "Same NHS number, but the first name differs",
                                                "Same date of birth",
                                                "Same family name",
                                                "First name differs",
                                                "Same postcode")))));
    }

    @Test
    void aSharedIdentifierWithoutADateOfBirthToConfirmItIsReviewed() {
        assertThat(NHS_NUMBER_WITHOUT_A_DATE_OF_BIRTH.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(new ScoredCandidate(
                                "jane",
                                65,
                                List.of(
                                        "Same NHS number, but there is no date of birth to confirm it",
                                        "Same family name",
                                        "Same first name",
                                        "Same postcode")))));
        assertThat(NHS_NUMBER_ALONE.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(new ScoredCandidate(
                                "jane",
                                0,
                                List.of("Same NHS number, but there is no first name to confirm it"
                                        + " and there is no date of birth to confirm it")))));
    }

    @Test
    void aDifferentIdentifierOfTheSameKindBlocksApplyingHoweverWellTheRestAgrees() {
        assertThat(DIFFERENT_NHS_NUMBER.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(new ScoredCandidate(
                                "jane",
                                100,
                                List.of(
                                        "A different NHS number is recorded for them",
                                        "Same date of birth",
                                        "Same family name",
                                        "Same first name",
                                        "Same postcode")))));
        assertThat(SAME_NHS_NUMBER_DIFFERENT_PUPIL_NUMBER.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(new ScoredCandidate(
                                "jane",
                                100,
                                List.of(
                                        "Same NHS number, confirmed by the first name and date of birth",
                                        "A different unique pupil number is recorded for them",
                                        "Same date of birth",
                                        "Same family name",
                                        "Same first name",
                                        "Same postcode")))));
    }

    @Test
    void twoPeopleSharingIdentifiersWithTheRowAreReviewedEvenIfEachIsConfirmed() {
        MatchDecision decision = TWO_SHARE_IDENTIFIERS.decision();

        assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(decision.personId()).isNull();
        assertThat(decision.candidates())
                .extracting(ScoredCandidate::personId, ScoredCandidate::score)
                .as("equal scores in the order of their ids")
                .containsExactly(tuple("jane-a", 100), tuple("jane-b", 100));
        assertThat(decision.candidates().get(1).reasons())
                .startsWith(
                        "Same NHS number, confirmed by the first name and date of birth",
                        "Same unique pupil number, confirmed by the first name and date of birth");
    }

    // Scores

    @Test
    void aTypingSlipOrASoundAlikeInTheFamilyNameScores90AndApplies() {
        assertThat(FAMILY_NAME_SLIP.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.APPLY,
                        "jane",
                        List.of(new ScoredCandidate(
                                "jane",
                                90,
                                List.of(
                                        "Same date of birth",
                                        "Family name differs by one typing slip",
                                        "Same first name",
                                        "Same postcode")))));
        assertThat(FAMILY_NAME_SOUNDS_THE_SAME.decision().candidates())
                .containsExactly(new ScoredCandidate(
                        "jane",
                        90,
                        List.of(
                                "Same date of birth",
                                "Family name sounds the same",
                                "Same first name",
                                "Same postcode")));
        assertThat(FAMILY_NAME_SOUNDS_THE_SAME.decision().outcome()).isEqualTo(Outcome.APPLY);
    }

    @Test
    void aDateOfBirthWithDayAndMonthSwappedScores80AndIsReviewed() {
        assertThat(DAY_AND_MONTH_SWAPPED.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(new ScoredCandidate(
                                "jane",
                                80,
                                List.of(
                                        "Date of birth has the day and month swapped",
                                        "Same family name",
                                        "Same first name",
                                        "Same postcode")))));
    }

    @Test
    void aTwinIsNeitherMatchedNorARivalToTheTwinTheRowNames() {
        assertThat(TWINS.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.APPLY,
                        "ava",
                        List.of(new ScoredCandidate(
                                "ava",
                                100,
                                List.of(
                                        "Same date of birth",
                                        "Same family name",
                                        "Same first name",
                                        "Same postcode")))));
    }

    @Test
    void aTwinScoresJustBelowTheReviewThresholdWhateverItIs() {
        assertThat(scoreOf("amy", TWIN_WITH_THE_OTHER_TWINS_NHS_NUMBER, new MatchThresholds(85, 70, 100)))
                .as("75 points held below 70")
                .isEqualTo(69);
        assertThat(scoreOf("amy", TWIN_WITH_THE_OTHER_TWINS_NHS_NUMBER, new MatchThresholds(85, 80, 100)))
                .as("75 points already below 80")
                .isEqualTo(75);
        assertThat(scoreOf("amy", TWIN_WITH_THE_OTHER_TWINS_NHS_NUMBER, new MatchThresholds(85, 0, 100)))
                .as("never below nothing")
                .isZero();
    }

    @Test
    void aRowGivingAnInitialIsReviewedAgainstBothTwins() {
        assertThat(TWINS_BY_INITIAL.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(
                                new ScoredCandidate(
                                        "amy",
                                        90,
                                        List.of(
                                                "Same date of birth",
                                                "Same family name",
                                                "One first name is a short form or initial of the other",
                                                "Same postcode")),
                                new ScoredCandidate(
                                        "ava",
                                        90,
                                        List.of(
                                                "Same date of birth",
                                                "Same family name",
                                                "One first name is a short form or initial of the other",
                                                "Same postcode")))));
    }

    @Test
    void theFamilyNameTheyHadBeforeAChangeScoresAsTheirsAndApplies() {
        assertThat(CHANGED_FAMILY_NAME.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.APPLY,
                        "jane",
                        List.of(new ScoredCandidate(
                                "jane",
                                100,
                                List.of(
                                        "Same date of birth",
                                        "Family name matches their family name before a change",
                                        "Same first name",
                                        "Same postcode")))));
    }

    @Test
    void aShortFormOfTheFirstNameScores90ButIsOnlyReviewed() {
        assertThat(SHORT_FORM.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(new ScoredCandidate(
                                "jonathan",
                                90,
                                List.of(
                                        "Same date of birth",
                                        "Same family name",
                                        "One first name is a short form or initial of the other",
                                        "Same postcode")))));
    }

    @Test
    void noCandidatesIsNoMatch() {
        assertThat(NO_CANDIDATES.decision()).isEqualTo(new MatchDecision(Outcome.NO_MATCH, null, List.of()));
    }

    @Test
    void aSecondCandidateAtOrAboveTheReviewThresholdIsARival() {
        assertThat(RIVAL.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(
                                new ScoredCandidate(
                                        "jane",
                                        100,
                                        List.of(
                                                "Same date of birth",
                                                "Same family name",
                                                "Same first name",
                                                "Same postcode")),
                                new ScoredCandidate(
                                        "jane-2",
                                        75,
                                        List.of(
                                                "Date of birth differs only in the year",
                                                "Same family name",
                                                "Same first name",
                                                "Same postcode")))));
    }

    @Test
    void aRivalCountsOnlyWithinTheRivalMargin() {
        assertThat(RIVAL.decide(new MatchThresholds(85, 60, 25)).outcome())
                .as("75 is 25 behind 100")
                .isEqualTo(Outcome.REVIEW);
        assertThat(RIVAL.decide(new MatchThresholds(85, 60, 24)))
                .extracting(MatchDecision::outcome, MatchDecision::personId)
                .containsExactly(Outcome.APPLY, "jane");
        assertThat(RIVAL.decide(new MatchThresholds(85, 76, 100)))
                .as("a rival below the review threshold is none")
                .extracting(MatchDecision::outcome, MatchDecision::personId)
                .containsExactly(Outcome.APPLY, "jane");
    }

    @Test
    void nothingKnownOnEitherSideIsNoMatch() {
        assertThat(NOTHING_KNOWN.decision()).isEqualTo(new MatchDecision(Outcome.NO_MATCH, null, List.of()));
        assertThat(PersonMatcher.decide(JANE_ROW.asRow(), List.of(nobody().as("x")), MatchThresholds.defaults()))
                .isEqualTo(new MatchDecision(Outcome.NO_MATCH, null, List.of()));
        assertThat(PersonMatcher.decide(nobody().asRow(), List.of(JANE.as("jane")), MatchThresholds.defaults()))
                .isEqualTo(new MatchDecision(Outcome.NO_MATCH, null, List.of()));
    }

    @Test
    void aRowWithoutADateOfBirthIsAtMostReviewedWhateverTheThresholds() {
        assertThat(NO_DATE_OF_BIRTH.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(new ScoredCandidate(
                                "jane", 65, List.of("Same family name", "Same first name", "Same postcode")))));
        assertThat(NO_DATE_OF_BIRTH.decide(new MatchThresholds(60, 60, 100)).outcome())
                .isEqualTo(Outcome.REVIEW);
    }

    @Test
    void aScoreOfExactlyTheApplyThresholdApplies() {
        assertThat(SCORING_85.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.APPLY,
                        "jane",
                        List.of(new ScoredCandidate(
                                "jane",
                                85,
                                List.of(
                                        "Same date of birth",
                                        "Family name differs by one typing slip",
                                        "Same first name",
                                        "Postcode in the same area")))));
        assertThat(SCORING_85.decide(new MatchThresholds(86, 60, 100)).outcome())
                .isEqualTo(Outcome.REVIEW);
    }

    @Test
    void aScoreOfExactlyTheReviewThresholdIsReviewed() {
        assertThat(SCORING_60.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.REVIEW,
                        null,
                        List.of(new ScoredCandidate(
                                "jane",
                                60,
                                List.of(
                                        "Same date of birth",
                                        "Family name differs",
                                        "Same first name",
                                        "Postcode differs")))));
        assertThat(SCORING_60.decide(new MatchThresholds(85, 61, 100)))
                .isEqualTo(new MatchDecision(Outcome.NO_MATCH, null, List.of()));
    }

    @Test
    void namesAgreeWithoutAccentsPunctuationSpacesOrCapitals() {
        assertThat(ACCENTS_AND_PUNCTUATION.decision())
                .isEqualTo(new MatchDecision(
                        Outcome.APPLY,
                        "zoe",
                        List.of(new ScoredCandidate(
                                "zoe",
                                100,
                                List.of(
                                        "Same date of birth",
                                        "Same family name",
                                        "Same first name",
                                        "Same postcode")))));
    }

    @Test
    void aMissingArgumentIsAMistakeNotAnAbsentMatch() {
        assertThatThrownBy(() -> PersonMatcher.decide(null, List.of(), MatchThresholds.defaults()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PersonMatcher.decide(JANE_ROW.asRow(), null, MatchThresholds.defaults()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PersonMatcher.decide(JANE_ROW.asRow(), List.of(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCase")
    void noReasonQuotesAValue(Case example) {
        List<String> reasons = example.decision().candidates().stream()
                .flatMap(candidate -> candidate.reasons().stream())
                .toList();
        Stream<Someone> people = Stream.concat(
                Stream.of(example.row()), example.candidates().stream().map(Case::someoneOf));
        List<String> values = people.flatMap(Case::valuesOf).toList();

        assertThat(reasons).noneMatch(reason -> reason.matches(".*[0-9].*"));
        for (String value : values) {
            Pattern quoted = Pattern.compile("\\b" + Pattern.quote(value) + "\\b", Pattern.CASE_INSENSITIVE);
            assertThat(reasons).as("quoting %s", value).noneMatch(reason -> quoted.matcher(reason)
                    .find());
        }
    }

    static Stream<Case> everyCase() {
        return CASES.stream();
    }

    private static int scoreOf(String personId, Case example, MatchThresholds thresholds) {
        return example.decide(thresholds).candidates().stream()
                .filter(candidate -> candidate.personId().equals(personId))
                .findFirst()
                .orElseThrow()
                .score();
    }

    /** A row and its candidates, kept so that every case is also checked for quoted values. */
    record Case(String name, Someone row, List<KnownPerson> candidates) {

        Case(String name, Someone row, KnownPerson... candidates) {
            this(name, row, List.of(candidates));
            CASES.add(this);
        }

        MatchDecision decision() {
            return decide(MatchThresholds.defaults());
        }

        MatchDecision decide(MatchThresholds thresholds) {
            return PersonMatcher.decide(row.asRow(), candidates, thresholds);
        }

        @Override
        public String toString() {
            return name;
        }

        static Someone someoneOf(KnownPerson known) {
            return new Someone(
                    known.givenNames(),
                    known.familyName(),
                    known.dateOfBirth(),
                    known.postcode(),
                    known.nhsNumber(),
                    known.nationalInsuranceNumber(),
                    known.uniquePupilNumber(),
                    known.previousNames());
        }

        /**
         * What a reason must not quote: postcodes whole and by part, identifiers, dates, and every word of three
         * letters or more of a name (shorter ones, like an initial "A", are ordinary words).
         */
        static Stream<String> valuesOf(Someone someone) {
            Stream<String> names = Stream.concat(
                            Stream.of(someone.givenNames(), someone.familyName()),
                            someone.previousNames() == null ? Stream.empty() : someone.previousNames().stream())
                    .filter(Objects::nonNull)
                    .flatMap(name -> Arrays.stream(name.split("[^\\p{L}]+")))
                    .filter(word -> word.length() >= 3);
            Stream<String> postcode = someone.postcode() == null
                    ? Stream.empty()
                    : Stream.concat(
                            Stream.of(someone.postcode(), someone.postcode().replace(" ", "")),
                            Arrays.stream(someone.postcode().split(" ")));
            Stream<String> others = Stream.of(
                            someone.nhsNumber(),
                            someone.nationalInsuranceNumber(),
                            someone.uniquePupilNumber(),
                            someone.dateOfBirth() == null
                                    ? null
                                    : someone.dateOfBirth().toString())
                    .filter(Objects::nonNull);
            return Stream.of(names, postcode, others)
                    .flatMap(values -> values)
                    .map(value -> value.toLowerCase(Locale.ROOT));
        }
    }
}
