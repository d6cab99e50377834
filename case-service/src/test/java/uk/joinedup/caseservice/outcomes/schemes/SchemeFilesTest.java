package uk.joinedup.caseservice.outcomes.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The scheme files shipped are read whole, and a bad file is refused naming the file and the field. */
class SchemeFilesTest {

    private static final String TROUBLED = "troubled-families-phase-1.yml";
    private static final String SUPPORTING = "supporting-families.yml";

    @Test
    void readsEveryShippedSchemeAtStart() {
        Schemes schemes = new Schemes();

        assertThat(schemes.all())
                .extracting(Scheme::id)
                .containsExactly("supporting-families", "troubled-families-phase-1");
        TroubledFamiliesPhase1 troubled = (TroubledFamiliesPhase1)
                schemes.byId("troubled-families-phase-1").rules();
        assertThat(troubled.payments().capPerFamily()).isEqualByComparingTo("4000");
        assertThat(troubled.results().crimeAndEducation().antiSocialBehaviourFallPercent())
                .isEqualByComparingTo("60");
        assertThat(troubled.results().crimeAndEducation().offendingFallPercent())
                .isEqualByComparingTo("33");
        assertThat(troubled.results().crimeAndEducation().fallWindow()).isEqualTo(Period.ofMonths(6));
        assertThat(troubled.entry().education().unauthorisedAbsencePercentAtLeast())
                .isEqualByComparingTo("15");
        assertThat(troubled.results().continuousEmployment().weeks()).isEqualTo(13);
        assertThat(troubled.results().continuousEmployment().longerWeeks()).isEqualTo(26);
        assertThat(troubled.payments().years())
                .extracting(TroubledFamiliesPayments.PaymentYear::attachmentFee)
                .containsExactly(new BigDecimal("3200"), new BigDecimal("2400"), new BigDecimal("1600"));
        SupportingFamilies supporting =
                (SupportingFamilies) schemes.byId("supporting-families").rules();
        assertThat(supporting.needsAtLeast()).isEqualTo(3);
        assertThat(supporting.sustainedFor()).isEqualTo(Period.ofMonths(6));
    }

    @Test
    void aBadFileStopsTheStartNamingTheFileAndField() {
        assertThatThrownBy(() ->
                        new Schemes(new PathMatchingResourcePatternResolver(), "classpath*:schemes-invalid/*.yml"))
                .isInstanceOf(SchemeFileInvalid.class)
                .hasMessageStartingWith(
                        "Scheme file troubled-families-phase-1.yml, field rules.payments.capPerFamily: ")
                .hasMessageContaining("must be greater than or equal to 0");
    }

    @Test
    void refusesAFigureOutOfRangeNamingTheField() {
        assertThatThrownBy(() ->
                        read(TROUBLED, "antiSocialBehaviourFallPercent: 60", "antiSocialBehaviourFallPercent: 160"))
                .isInstanceOf(SchemeFileInvalid.class)
                .hasMessageContaining(TROUBLED)
                .hasMessageContaining("rules.results.crimeAndEducation.antiSocialBehaviourFallPercent")
                .satisfies(e -> assertThat(((SchemeFileInvalid) e).field())
                        .isEqualTo("rules.results.crimeAndEducation.antiSocialBehaviourFallPercent"));
    }

    @Test
    void refusesAMissingFigure() {
        assertThatThrownBy(() -> read(TROUBLED, "    capPerFamily: 4000\n", ""))
                .isInstanceOf(SchemeFileInvalid.class)
                .satisfies(e -> assertThat(((SchemeFileInvalid) e).field()).isEqualTo("rules.payments.capPerFamily"));
    }

    @Test
    void refusesAnUnknownField() {
        assertThatThrownBy(() -> read(TROUBLED, "weeks: 13", "weeks: 13\n      weeksForLoneParents: 20"))
                .isInstanceOf(SchemeFileInvalid.class)
                .hasMessageContaining("weeksForLoneParents")
                .satisfies(e -> assertThat(((SchemeFileInvalid) e).field())
                        .isEqualTo("rules.results.continuousEmployment.weeksForLoneParents"));
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertThatThrownBy(() -> read(TROUBLED, "fallWindow: P6M", "fallWindow: six months"))
                .isInstanceOf(SchemeFileInvalid.class)
                .satisfies(e -> assertThat(((SchemeFileInvalid) e).field())
                        .isEqualTo("rules.results.crimeAndEducation.fallWindow"));
    }

    @Test
    void refusesAFactKindTheCatalogueDoesNotHave() {
        assertThatThrownBy(() -> read(TROUBLED, "kind: EvictionNoticeServed", "kind: EvictionThreatened"))
                .isInstanceOf(SchemeFileInvalid.class)
                .hasMessage(
                        "Scheme file troubled-families-phase-1.yml, field rules.entry.localDiscretion.facts[1]: kind:"
                                + " no fact kind named EvictionThreatened in the catalogue")
                .satisfies(e -> {
                    assertThat(((SchemeFileInvalid) e).file()).isEqualTo(TROUBLED);
                    assertThat(((SchemeFileInvalid) e).field()).isEqualTo("rules.entry.localDiscretion.facts[1]");
                });
    }

    @Test
    void refusesAFieldOrValueTheFactKindDoesNotHave() {
        assertThatThrownBy(() -> read(SUPPORTING, "where: {status: NEET}", "where: {state: NEET}"))
                .isInstanceOf(SchemeFileInvalid.class)
                .hasMessageContaining(SUPPORTING)
                .hasMessageContaining("NeetStatusRecorded has no field state");
        assertThatThrownBy(() -> read(SUPPORTING, "where: {status: NEET}", "where: {status: NOT_IN_WORK}"))
                .isInstanceOf(SchemeFileInvalid.class)
                .hasMessageContaining("NOT_IN_WORK is not one of [NEET, IN_EDUCATION_EMPLOYMENT_OR_TRAINING]");
    }

    @Test
    void refusesAnUnknownKindOfScheme() {
        assertThatThrownBy(() -> read(SUPPORTING, "kind: supporting-families", "kind: supporting-families-2030"))
                .isInstanceOf(SchemeFileInvalid.class)
                .hasMessageContaining("supporting-families-2030")
                .satisfies(e -> assertThat(((SchemeFileInvalid) e).field()).isEqualTo("rules"));
    }

    @Test
    void refusesTermsOutOfOrder() {
        assertThatThrownBy(() -> read(TROUBLED, "summerStarts: \"--04-15\"", "summerStarts: \"--10-15\""))
                .isInstanceOf(SchemeFileInvalid.class)
                .satisfies(e -> assertThat(((SchemeFileInvalid) e).field()).isEqualTo("rules.schoolTerms.inOrder"));
    }

    @Test
    void refusesAFinancialYearListedTwice() {
        assertThatThrownBy(() -> read(TROUBLED, "financialYear: 2013/14", "financialYear: 2012/13"))
                .isInstanceOf(SchemeFileInvalid.class)
                .hasMessage("Scheme file troubled-families-phase-1.yml, field rules.payments.eachYearOnce:"
                        + " rules.payments.eachYearOnce list each financial year once")
                .satisfies(e -> assertThat(((SchemeFileInvalid) e).field()).isEqualTo("rules.payments.eachYearOnce"));
    }

    @Test
    void refusesAHeadlineOutcomeListedTwice() {
        assertThatThrownBy(() -> read(SUPPORTING, "- id: health", "- id: education"))
                .isInstanceOf(SchemeFileInvalid.class)
                .hasMessage("Scheme file supporting-families.yml, field rules.eachOutcomeOnce:"
                        + " rules.eachOutcomeOnce give each headline outcome a different id")
                .satisfies(e -> assertThat(((SchemeFileInvalid) e).field()).isEqualTo("rules.eachOutcomeOnce"));
    }

    @Test
    void refusesUniversalCreditAmongTheBenefitsRatherThanByItsRegimes() {
        assertThatThrownBy(() -> read(
                        TROUBLED,
                        "    universalCreditRegimes: [",
                        "      - UNIVERSAL_CREDIT\n    universalCreditRegimes: ["))
                .isInstanceOf(SchemeFileInvalid.class)
                .hasMessageContaining(
                        "list Universal Credit by its regimes (universalCreditRegimes), not among the benefits")
                .satisfies(e -> assertThat(((SchemeFileInvalid) e).field())
                        .isEqualTo("rules.outOfWork.universalCreditByRegime"));
    }

    @Test
    void aFileBreakingSeveralRulesNamesTheFirstFieldByPathAndListsEveryProblemInThatOrder() {
        String content = shipped(TROUBLED)
                .replace("capPerFamily: 4000", "capPerFamily: -1")
                .replace("unauthorisedAbsencePercentAtLeast: 15", "unauthorisedAbsencePercentAtLeast: 150")
                .replace("antiSocialBehaviourFallPercent: 60", "antiSocialBehaviourFallPercent: 160")
                .replace("weeks: 13", "weeks: 0")
                .replace("summerStarts: \"--04-15\"", "summerStarts: \"--10-15\"");

        assertThatThrownBy(() ->
                        SchemeFiles.read(TROUBLED, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SchemeFileInvalid.class)
                .satisfies(e -> assertThat(((SchemeFileInvalid) e).field())
                        .isEqualTo("rules.entry.education.unauthorisedAbsencePercentAtLeast"))
                .message()
                .containsSubsequence(
                        "rules.entry.education.unauthorisedAbsencePercentAtLeast ",
                        "; rules.payments.capPerFamily ",
                        "; rules.results.continuousEmployment.weeks ",
                        "; rules.results.crimeAndEducation.antiSocialBehaviourFallPercent ",
                        "; rules.schoolTerms.inOrder ");
    }

    @Test
    void askingForASchemeThereIsNoFileForIsRefusedNamingIt() {
        assertThatThrownBy(() -> new Schemes().byId("troubled-families-phase-3"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("No scheme troubled-families-phase-3");
    }

    private static Scheme read(String file, String replaced, String replacement) {
        String content = shipped(file);
        assertThat(content).as("the shipped file has the text replaced").contains(replaced);
        return SchemeFiles.read(
                file,
                new ByteArrayInputStream(content.replace(replaced, replacement).getBytes(StandardCharsets.UTF_8)));
    }

    private static String shipped(String file) {
        try (InputStream in = SchemeFilesTest.class.getResourceAsStream("/schemes/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
