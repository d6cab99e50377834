package uk.joinedup.caseservice.imports.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.joinedup.caseservice.imports.matching.Someone.someone;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each part of a row agrees with a candidate's, and what it is worth. */
class AgreementTest {

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2012-03-09, 2012-03-09, SAME",
                "2012-03-09, 2012-09-03, DAY_AND_MONTH_SWAPPED",
                "2012-03-09, 2012-03-10, DAY_DIFFERS",
                "2012-03-09, 2012-04-09, MONTH_DIFFERS",
                "2012-03-09, 2013-03-09, YEAR_DIFFERS",
                "2012-03-09, 2013-09-03, DIFFERENT",
                "2012-03-09, 2012-04-10, DIFFERENT",
                "2012-03-09, 2013-03-10, DIFFERENT",
                "2012-03-09, 2013-04-09, DIFFERENT",
                "2012-03-09, 2012-09-04, DIFFERENT",
                "2012-03-09, 2012-10-03, DIFFERENT",
                "2012-03-09, -, MISSING",
                "-, 2012-03-09, MISSING"
            })
    void datesOfBirth(LocalDate row, LocalDate known, DateOfBirthAgreement agreement) {
        assertThat(DateOfBirthAgreement.of(row, known)).isEqualTo(agreement);
    }

    @Test
    void onlyTheSameDateOfBirthOrItsDayAndMonthSwappedConfirmsAnIdentifier() {
        assertThat(Arrays.stream(DateOfBirthAgreement.values()).filter(DateOfBirthAgreement::confirms))
                .containsExactly(DateOfBirthAgreement.SAME, DateOfBirthAgreement.DAY_AND_MONTH_SWAPPED);
    }

    @Test
    void aDateOfBirthIsWorth35ForTheSame15SwappedAnd10WithOnePartWrong() {
        assertThat(Arrays.stream(DateOfBirthAgreement.values()).map(agreement -> agreement.points))
                .containsExactly(35, 15, 10, 10, 10, 0, 0);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "Jane, Jane, SAME",
                "jane mary, JANE ANN, SAME",
                "Zoë, Zoe, SAME",
                "Catherine, Kathryn, SOUNDS_ALIKE",
                "Jon, John, ONE_SLIP",
                "Jnae, Jane, ONE_SLIP",
                "Jan, Jane, SHORT_FORM",
                "Jonathan, Jon, SHORT_FORM",
                "J, Jane, SHORT_FORM",
                "Ava, Amy, DIFFERENT",
                "Mary Jane, Jane, DIFFERENT",
                "-, Jane, MISSING",
                "Jane, -, MISSING",
                "' ', Jane, MISSING",
                "'-', Jane, MISSING"
            })
    void firstNames(String row, String known, GivenNameAgreement agreement) {
        assertThat(GivenNameAgreement.of(row, known)).isEqualTo(agreement);
    }

    @Test
    void aFirstNameIsWorth25TheSameAnd15Alike() {
        assertThat(Arrays.stream(GivenNameAgreement.values()).map(agreement -> agreement.points))
                .containsExactly(25, 15, 15, 15, 0, 0);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "Smith, Smith, SAME",
                "O'Brien-Smith, OBRIEN SMITH, SAME",
                "Schmidt, Smith, SOUNDS_ALIKE",
                "Smyth, Smith, ONE_SLIP",
                "Smiht, Smith, ONE_SLIP",
                "Smit, Smith, ONE_SLIP",
                "Brown, Smith, DIFFERENT",
                "Smith, -, MISSING",
                "-, Smith, MISSING"
            })
    void familyNames(String row, String known, FamilyNameAgreement agreement) {
        assertThat(FamilyNameAgreement.of(row, someone("Jane", known).as("jane")))
                .isEqualTo(agreement);
    }

    @Test
    void aFamilyNameTheyHadBeforeAChangeCountsInFull() {
        KnownPerson married = someone("Mary", "Jones")
                .formerly("Mary Van Der Berg", "Mary Jane Smyth")
                .as("mary");

        assertThat(FamilyNameAgreement.of("van der Berg", married)).isEqualTo(FamilyNameAgreement.PREVIOUS);
        assertThat(FamilyNameAgreement.of("Smyth", married)).isEqualTo(FamilyNameAgreement.PREVIOUS);
        assertThat(FamilyNameAgreement.of("Mary", married))
                .as("a first name is not a family name")
                .isEqualTo(FamilyNameAgreement.DIFFERENT);
        assertThat(FamilyNameAgreement.of(
                        "Smyth", someone("Mary", null).formerly("Mary Smyth").as("mary")))
                .as("before a change, with no family name now")
                .isEqualTo(FamilyNameAgreement.PREVIOUS);
        assertThat(FamilyNameAgreement.of("Jones", married))
                .as("the name now comes first")
                .isEqualTo(FamilyNameAgreement.SAME);
    }

    @Test
    void aFamilyNameIsWorth30TheSameOrBeforeAChangeAnd20Alike() {
        assertThat(Arrays.stream(FamilyNameAgreement.values()).map(agreement -> agreement.points))
                .containsExactly(30, 30, 20, 20, 0, 0);
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "SO14 0PB, SO14 0PB, SAME",
                "so140pb, SO14 0PB, SAME",
                "SO14 0XY, SO14 0PB, SAME_SECTOR",
                "SO14 1PB, SO14 0PB, DIFFERENT",
                "M1 1AE, SO14 0PB, DIFFERENT",
                "SO14, SO14 0PB, MISSING",
                "-, SO14 0PB, MISSING",
                "SO14 0PB, -, MISSING"
            })
    void postcodes(String row, String known, PostcodeAgreement agreement) {
        assertThat(PostcodeAgreement.of(row, known)).isEqualTo(agreement);
    }

    @Test
    void aPostcodeIsWorth10TheSameAnd5InTheSameSector() {
        assertThat(Arrays.stream(PostcodeAgreement.values()).map(agreement -> agreement.points))
                .containsExactly(10, 5, 0, 0);
    }

    @Test
    void anIdentifierIsSharedOrDiffersOnlyWhenBothHoldIt() {
        ExtractIdentity row = someone("Jane", "Smith").nhs("9434765919").asRow();

        assertThat(Identifier.NHS_NUMBER.shared(
                        row, someone("Jane", "Smith").nhs("9434765919").as("a")))
                .isTrue();
        assertThat(Identifier.NHS_NUMBER.differs(
                        row, someone("Jane", "Smith").nhs("9434765919").as("a")))
                .isFalse();
        assertThat(Identifier.NHS_NUMBER.differs(
                        row, someone("Jane", "Smith").nhs("4010232137").as("a")))
                .isTrue();
        assertThat(Identifier.NHS_NUMBER.shared(
                        row, someone("Jane", "Smith").nhs("4010232137").as("a")))
                .isFalse();
        for (String absent : List.of("", " ")) {
            KnownPerson without = someone("Jane", "Smith").nhs(absent).as("a");
            assertThat(Identifier.NHS_NUMBER.shared(row, without)).isFalse();
            assertThat(Identifier.NHS_NUMBER.differs(row, without)).isFalse();
            assertThat(Identifier.NHS_NUMBER.differs(
                            someone("Jane", "Smith").nhs(absent).asRow(),
                            someone("Jane", "Smith").nhs("9434765919").as("a")))
                    .isFalse();
        }
    }
}
