package uk.joinedup.caseservice.person.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137", "4000000020"})
    void acceptsNhsNumbersWithAValidCheckDigit(String typed) {
        assertThat(NhsNumber.problemWith(typed)).isEmpty();
        assertThat(NhsNumber.parse(typed).value()).matches("\\d{10}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "9434765918 | NHS number is not valid: its check digit does not match",
                "943476591  | NHS number must be 10 digits",
                "94347659190 | NHS number must be 10 digits",
                "94347A5919 | NHS number must be 10 digits",
                "1000000010 | NHS number is not valid: its check digit does not match"
            })
    void refusesNhsNumbersSayingWhichRuleFailed(String typed, String problem) {
        assertThat(NhsNumber.problemWith(typed)).contains(problem);
        assertThatThrownBy(() -> NhsNumber.parse(typed)).hasMessage(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB123456C", "ab 12 34 56 c", "JM448712D", "PR112233A"})
    void acceptsNationalInsuranceNumbers(String typed) {
        assertThat(NationalInsuranceNumber.problemWith(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "QQ123456C | National Insurance number cannot start with D, F, I, Q, U or V",
                "DA123456C | National Insurance number cannot start with D, F, I, Q, U or V",
                "AO123456C | The second letter of a National Insurance number cannot be D, F, I, O, Q, U or V",
                "AD123456C | The second letter of a National Insurance number cannot be D, F, I, O, Q, U or V",
                "GB123456A | National Insurance number cannot start with GB",
                "TN123456A | National Insurance number cannot start with TN",
                "AB123456E | National Insurance number must be 2 letters, 6 numbers, then A, B, C or D, like AB 12 34 56 C",
                "AB12345C  | National Insurance number must be 2 letters, 6 numbers, then A, B, C or D, like AB 12 34 56 C"
            })
    void refusesNationalInsuranceNumbersSayingWhichRuleFailed(String typed, String problem) {
        assertThat(NationalInsuranceNumber.problemWith(typed)).contains(problem);
        assertThatThrownBy(() -> NationalInsuranceNumber.parse(typed)).hasMessage(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"B801200005001", "b801 2000 05001"})
    void acceptsUniquePupilNumbersWithTheRightCheckLetter(String typed) {
        assertThat(UniquePupilNumber.problemWith(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A801200005001 | Unique pupil number is not valid: its check letter does not match",
                "C801200005001 | Unique pupil number is not valid: its check letter does not match",
                "B80120000500  | Unique pupil number must be a letter followed by 12 characters, like H801200001001",
                "880120000500A | Unique pupil number must be a letter followed by 12 characters, like H801200001001",
                "B80120000500I | A temporary unique pupil number cannot end with I, O or S",
                // check letters right, but no local authority has the code 000 or 100
                "E000200005001 | Unique pupil number is not valid: characters 2 to 4 are not a local authority's code",
                "G100200005001 | Unique pupil number is not valid: characters 2 to 4 are not a local authority's code"
            })
    void refusesUniquePupilNumbersSayingWhichRuleFailed(String typed, String problem) {
        assertThat(UniquePupilNumber.problemWith(typed)).contains(problem);
        assertThatThrownBy(() -> UniquePupilNumber.parse(typed)).hasMessage(problem);
    }

    @ParameterizedTest
    @CsvSource({"80120000500A", "80120000500Z"})
    void acceptsTemporaryUniquePupilNumbersWhoseCheckLetterCountsTheFinalLetter(String body) {
        String[] letters = "ABCDEFGHJKLMNPQRTUVWXYZ".split("");
        long valid = java.util.Arrays.stream(letters)
                .filter(check -> UniquePupilNumber.problemWith(check + body).isEmpty())
                .count();
        assertThat(valid).as("exactly one check letter fits " + body).isEqualTo(1);
    }

    @Test
    void identifiersReadAsWhatWasTypedWithoutSpacesInCapitals() {
        // the person index files people under this text to find possible duplicates
        assertThat(NhsNumber.parse("943 476 5919")).hasToString("9434765919");
        assertThat(NationalInsuranceNumber.parse("ab 12 34 56 c")).hasToString("AB123456C");
        assertThat(UniquePupilNumber.parse("b801 2000 05001")).hasToString("B801200005001");
    }

    @Test
    void acceptsUniquePupilNumbersOfLocalAuthoritiesInEnglandAndWalesAndOfAbolishedOnes() {
        // Southampton; Cardiff; Cumbria, abolished in 2023: its pupils keep their numbers
        assertThat(UniquePupilNumber.problemWith("X852200005001")).isEmpty();
        assertThat(UniquePupilNumber.problemWith(withCheckLetter("681200005001")))
                .isEmpty();
        assertThat(UniquePupilNumber.problemWith(withCheckLetter("909200005001")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u2007", "\u202F", "\u200B", "\uFEFF", "\u2060", "\t"})
    void identifiersPastedWithUnicodeSpacesReadWithoutThem(String space) {
        assertThat(UniquePupilNumber.parse(space + "B801" + space + "200005001" + space))
                .hasToString("B801200005001");
        assertThat(NhsNumber.parse("943" + space + "476" + space + "5919")).hasToString("9434765919");
        assertThat(NationalInsuranceNumber.parse("AB" + space + "123456C" + space))
                .hasToString("AB123456C");
    }

    private static String withCheckLetter(String body) {
        return java.util.Arrays.stream("ABCDEFGHJKLMNPQRTUVWXYZ".split(""))
                .map(check -> check + body)
                .filter(upn -> !UniquePupilNumber.problemWith(upn).orElse("").contains("check letter"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void personAndFactIdsReadAsTheirValue() {
        // the event store keys a person's stream by this text
        assertThat(new PersonId("person-stephen")).hasToString("person-stephen");
        assertThat(new FactId("fact-note")).hasToString("fact-note");
    }

    @Test
    void aPersonMayHaveNoNationalIdentifiers() {
        assertThat(PersonIdentifiers.none()).isEqualTo(new PersonIdentifiers(null, null, null));
    }
}
