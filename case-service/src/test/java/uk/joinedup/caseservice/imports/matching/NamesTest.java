package uk.joinedup.caseservice.imports.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @Test
    void aNameIsItsLettersInLowerCaseWithoutAccents() {
        assertThat(Names.letters("Zoë O'Brien-Smith")).isEqualTo("zoeobriensmith");
        assertThat(Names.letters("  ")).isEmpty();
        assertThat(Names.letters(null)).isEmpty();
    }

    @Test
    void theFirstGivenNameIsTheFirstWordWithLetters() {
        assertThat(Names.firstGivenName(" Mary-Jane  Ann")).isEqualTo("maryjane");
        assertThat(Names.firstGivenName("- Ann")).isEqualTo("ann");
        assertThat(Names.firstGivenName("")).isEmpty();
        assertThat(Names.firstGivenName(null)).isEmpty();
    }

    @Test
    void familyNamesBeforeAreTheWordsAfterTheFirstAndTheirTails() {
        assertThat(Names.familyNamesBefore(List.of("Mary Van Der Berg", "Mary  O'Brien", "Cher", " ")))
                .containsExactlyInAnyOrder("vanderberg", "derberg", "berg", "obrien");
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
        "smith, smiht, true",
        "smith, smth, true",
        "smith, smiths, true",
        "smith, smyth, true",
        "smith, msith, true",
        "jane, jnae, true",
        "ab, ba, true",
        "smith, smith, false",
        "anna, anna, false",
        "smith, simth, true",
        "smith, mstih, false",
        "smith, msitx, false",
        "abcd, badc, false",
        "smith, smiyh, true",
        "smith, smythe, false",
        "smith, shimt, false"
    })
    void oneSlipIsALetterAddedLostOrChangedOrTwoNextToEachOtherSwapped(String one, String other, boolean slip) {
        assertThat(Names.oneSlip(one, other)).isEqualTo(slip);
    }

    @Test
    void namesSoundAlikeWhenTheyShareADoubleMetaphoneCode() {
        assertThat(Names.soundAlike("smyth", "smith")).isTrue();
        assertThat(Names.soundAlike("smith", "schmidt")).isTrue();
        assertThat(Names.soundAlike("ava", "amy")).isFalse();
    }
}
