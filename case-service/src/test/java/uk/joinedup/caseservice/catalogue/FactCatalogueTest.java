package uk.joinedup.caseservice.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

class FactCatalogueTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    static java.util.List<Class<? extends AgencyFact>> types() {
        return FactCatalogue.types();
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyKindOfFactSaysItsCategoryAndWhoMayRecordIt(Class<? extends AgencyFact> type) {
        assertThat(type.isRecord()).isTrue();
        assertThat(type.getAnnotation(FactKind.class)).isNotNull();
        assertThat(FactCatalogue.recordableBy(type)).isNotEmpty();
        assertThat(FactCatalogue.byName(type.getSimpleName())).contains(type);
    }

    @Test
    void coversTheDomainsAreasForEachKindOfAgency() {
        assertThat(FactCatalogue.types()).hasSizeGreaterThanOrEqualTo(40);
        for (AgencyKind kind : AgencyKind.values()) {
            assertThat(FactCatalogue.types().stream()
                            .filter(type -> FactCatalogue.recordableBy(type).contains(kind)))
                    .as(kind + " can record something")
                    .isNotEmpty();
        }
    }

    @Test
    void aHousingOfficerCannotRecordAConvictionButProbationCan() {
        OffenceProven conviction =
                new OffenceProven("Burglary", LocalDate.of(2026, 1, 5), Disposal.CONVICTION_CUSTODIAL);
        assertThat(FactCatalogue.isRecordableBy(conviction, AgencyKind.HOUSING)).isFalse();
        assertThat(FactCatalogue.isRecordableBy(conviction, AgencyKind.PROBATION))
                .isTrue();
    }

    @Test
    void termAttendanceCannotMissMoreSessionsThanThereWere() {
        var attendance = new TermAttendanceRecorded("2025/26", Term.AUTUMN, 100, 60, 50);
        assertThat(validator.validate(attendance))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Absences cannot be more than the sessions possible");
    }

    @Test
    void aFixedTermExclusionNeedsItsDaysButAPermanentOneDoesNot() {
        assertThat(validator.validate(new ExcludedFromSchool(ExclusionType.FIXED_TERM, null)))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Enter the number of days for a fixed-term exclusion");
        assertThat(validator.validate(new ExcludedFromSchool(ExclusionType.PERMANENT, null)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/25", "1999/00", "2025/26"})
    void anAcademicYearIsTwoConsecutiveYears(String year) {
        assertThat(validator.validate(new TermAttendanceRecorded(year, Term.AUTUMN, 100, 0, 0)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/26", "2024/24", "2024/2025", "24/25", "2024-25"})
    void refusesAnAcademicYearThatIsNotTwoConsecutiveYears(String year) {
        assertThat(validator.validate(new TermAttendanceRecorded(year, Term.AUTUMN, 100, 0, 0)))
                .extracting(violation -> violation.getPropertyPath().toString() + ": " + violation.getMessage())
                .contains("academicYear: Enter the academic year like 2025/26");
    }

    @Test
    void acceptsAJobOfZeroContractedHoursButNotNegativeHours() {
        assertThat(validator.validate(new JobStarted("Solent Logistics", 0))).isEmpty();
        assertThat(validator.validate(new JobStarted("Solent Logistics", -1)))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Hours a week cannot be negative");
    }

    @Test
    void keyStage2ResultsAreMetOrNotMetInEachOfReadingWritingAndMaths() {
        assertThat(validator.validate(AttainmentRecorded.keyStage2(
                        ExpectedStandard.MET, ExpectedStandard.NOT_MET, ExpectedStandard.MET, true)))
                .isEmpty();
        assertThat(validator.validate(
                        AttainmentRecorded.keyStage2(ExpectedStandard.MET, null, ExpectedStandard.MET, true)))
                .extracting(violation -> violation.getMessage())
                .containsExactly("For key stage 2, select whether they met the expected standard in reading,"
                        + " writing and maths, and give no grades");
        assertThat(validator.validate(new AttainmentRecorded(
                        KeyStage.KEY_STAGE_2,
                        ExpectedStandard.MET,
                        ExpectedStandard.MET,
                        ExpectedStandard.MET,
                        5,
                        null,
                        false,
                        null)))
                .hasSize(1);
    }

    @Test
    void keyStage4ResultsAreGradesFromNineToOneInEnglishAndMaths() {
        assertThat(validator.validate(AttainmentRecorded.keyStage4(9, 1, false)))
                .isEmpty();
        assertThat(validator.validate(AttainmentRecorded.keyStage4(10, 0, false)))
                .extracting(violation -> violation.getMessage())
                .containsExactlyInAnyOrder(
                        "The English grade must be from 9 to 1", "The maths grade must be from 9 to 1");
        assertThat(validator.validate(
                        new AttainmentRecorded(KeyStage.KEY_STAGE_4, null, null, null, 5, null, false, null)))
                .extracting(violation -> violation.getMessage())
                .containsExactly("For key stage 4, enter the grades in English and maths, and no key stage 2 results");
    }

    @Test
    void newAttainmentIsRecordedBySubjectNotAsOneJudgement() {
        // the one judgement for English and maths is only on records of revision 1
        assertThat(validator.validate(
                        new AttainmentRecorded(KeyStage.KEY_STAGE_2, null, null, null, null, null, true, true)))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Record the results by subject");
    }

    @Test
    void universalCreditNeedsItsRegimeAndOtherBenefitsHaveNone() {
        assertThat(validator.validate(
                        new BenefitClaimStarted(Benefit.UNIVERSAL_CREDIT, UniversalCreditRegime.SEARCHING_FOR_WORK)))
                .isEmpty();
        assertThat(validator.validate(new BenefitClaimStarted(Benefit.CARERS_ALLOWANCE)))
                .isEmpty();
        assertThat(validator.validate(new BenefitClaimStarted(Benefit.UNIVERSAL_CREDIT)))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Select the Universal Credit regime, and only for Universal Credit");
        assertThat(validator.validate(new BenefitClaimStarted(
                        Benefit.INCOME_SUPPORT_OTHER, UniversalCreditRegime.NO_WORK_REQUIREMENTS)))
                .hasSize(1);
    }

    @Test
    void parentsWhoSeparatedAreTwoDifferentPeople() {
        assertThat(validator.validate(new ParentsSeparated("person-karen", "person-stephen")))
                .isEmpty();
        assertThat(validator.validate(new ParentsSeparated("person-karen", "person-karen")))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Enter two different parents");
        assertThat(validator.validate(new ParentsSeparated(null, "person-karen")))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Enter one parent's person id");
    }

    @Test
    void aTreatmentExitNamesItsStartAndAStartSaysWhetherItWasTheFirst() {
        assertThat(validator.validate(new TreatmentExited(TreatmentExit.DROPPED_OUT, null)))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Enter the treatment start this exit ends");
        assertThat(validator.validate(new TreatmentStarted(Substance.ALCOHOL, null)))
                .extracting(violation -> violation.getMessage())
                .containsExactly("Select yes if this is their first time in treatment");
    }

    @Test
    void helpDeclinedIsOfTheRecordingAgencysCategory() {
        var declined = new HelpDeclined("A place on the parenting course");
        assertThat(FactCatalogue.category(declined, AgencyKind.HEALTH)).isEqualTo(InformationCategory.HEALTH);
        assertThat(FactCatalogue.category(declined, AgencyKind.JOBCENTRE_PLUS))
                .isEqualTo(InformationCategory.EMPLOYMENT_AND_BENEFITS);
        assertThat(FactCatalogue.category(new CaseNoteWritten("Visit"), AgencyKind.HEALTH))
                .isEqualTo(InformationCategory.CASE_NOTE);
    }
}
