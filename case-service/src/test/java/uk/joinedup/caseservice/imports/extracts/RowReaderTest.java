package uk.joinedup.caseservice.imports.extracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.EvictionNoticeServed;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;
import uk.joinedup.caseservice.imports.extracts.ReadRow.Accepted;
import uk.joinedup.caseservice.imports.extracts.ReadRow.Address;
import uk.joinedup.caseservice.imports.extracts.ReadRow.Problem;
import uk.joinedup.caseservice.imports.extracts.ReadRow.Refused;
import uk.joinedup.caseservice.imports.matching.ExtractIdentity;
import uk.joinedup.caseservice.imports.web.Upns;

class RowReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final ExtractTypes SHIPPED = new ExtractTypes();
    private static final ExtractType ATTENDANCE =
            SHIPPED.find("school-attendance").orElseThrow();
    private static final ExtractType OFFENCES = SHIPPED.find("offences").orElseThrow();
    private static final ExtractType BENEFITS =
            SHIPPED.find("out-of-work-benefits").orElseThrow();
    private static final ExtractType EXCLUSIONS =
            SHIPPED.find("school-exclusions").orElseThrow();
    private static final ExtractType EVICTIONS = SHIPPED.find("evictions").orElseThrow();
    private static final ExtractType CONTACTS =
            SHIPPED.find("parents-and-carers").orElseThrow();
    private static final String UPN = Upns.of(1);

    /** Every part of a person a row may give, none required but the family name; the fact has no fields. */
    private static final ExtractType PEOPLE = ExtractTypesTest.read(
            "people.yml",
            ExtractTypesTest.TINY
                    + """
                      - {name: Forename, maps: person.givenNames, required: false, meaning: x}
                      - {name: Born, maps: person.dateOfBirth, type: date, required: false, meaning: x}
                      - {name: Postcode, maps: person.postcode, required: false, meaning: x}
                      - {name: Address, maps: person.addressLine1, required: false, meaning: x}
                      - {name: Town, maps: person.town, required: false, meaning: x}
                      - {name: NHS number, maps: person.nhsNumber, required: false, meaning: x}
                      - {name: NI number, maps: person.nationalInsuranceNumber, required: false, meaning: x}
                      - {name: UPN, maps: person.uniquePupilNumber, required: false, meaning: x}
                      - {name: A, maps: key, required: false, meaning: x}
                      - {name: AB, maps: key, required: false, meaning: x}
                    """);

    private static Map<String, String> attendance() {
        Map<String, String> values = new HashMap<>();
        values.put("UPN", " " + UPN.substring(0, 4).toLowerCase() + " " + UPN.substring(4) + " ");
        values.put("Forename", "Ann Marie");
        values.put("Surname", "Lee");
        values.put("Date of birth", "01/09/2012");
        values.put("Postcode", "so14 0pb");
        values.put("Address", "1 High Street");
        values.put("Town", "Southampton");
        values.put("Academic year", "2024/25");
        values.put("Term", "spring");
        values.put("Term ended", "04/04/2025");
        values.put("Sessions possible", "120");
        values.put("Authorised absences", "3");
        values.put("Unauthorised absences", "2");
        return values;
    }

    private static Map<String, String> with(Map<String, String> values, String... columnsAndValues) {
        Map<String, String> changed = new HashMap<>(values);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            changed.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return changed;
    }

    private static Map<String, String> offence() {
        return new HashMap<>(Map.of(
                "Offence reference", "OF-1",
                "Forename", "Jo",
                "Surname", "Day",
                "Date of birth", "02/02/2001",
                "Offence", "Criminal damage",
                "Offence date", "01/01/2025",
                "Proven on", "01/03/2025",
                "Outcome", "caution"));
    }

    private static Map<String, String> contact() {
        Map<String, String> values = new HashMap<>();
        values.put("Pupil UPN", " " + UPN.toLowerCase() + " ");
        values.put("Contact forename", "Lisa");
        values.put("Contact surname", "Lee");
        values.put("Contact date of birth", "05/06/1985");
        values.put("Postcode", "so14 0pb");
        values.put("Address", "1 High Street");
        values.put("Town", "Southampton");
        values.put("Relationship", "mother");
        return values;
    }

    private static Map<String, String> person(String... columnsAndValues) {
        return with(Map.of("Ref", "P-1", "Surname", "Lee", "Served", "01/03/2025"), columnsAndValues);
    }

    private static ReadRow read(ExtractType type, Map<String, String> values) {
        return new RowReader(type, TODAY).read(new ExtractRow(7, values));
    }

    private static Accepted accepted(ExtractType type, Map<String, String> values) {
        ReadRow read = read(type, values);
        assertThat(read).isInstanceOf(Accepted.class);
        return (Accepted) read;
    }

    private static List<Problem> problems(ExtractType type, Map<String, String> values) {
        ReadRow read = read(type, values);
        assertThat(read).isInstanceOf(Refused.class);
        assertThat(read.row()).isEqualTo(7);
        return ((Refused) read).problems();
    }

    @Test
    void acceptsARowWithWhoItIsAboutTheFactItsDateAndItsKey() {
        Accepted row = accepted(ATTENDANCE, attendance());

        assertThat(row.row()).isEqualTo(7);
        assertThat(row.identity())
                .isEqualTo(
                        new ExtractIdentity("Ann Marie", "Lee", LocalDate.of(2012, 9, 1), "SO14 0PB", null, null, UPN));
        assertThat(row.address()).isEqualTo(new Address("1 High Street", "Southampton"));
        assertThat(row.fact()).isEqualTo(new TermAttendanceRecorded("2024/25", Term.SPRING, 120, 3, 2));
        assertThat(row.occurredOn()).isEqualTo(LocalDate.of(2025, 4, 4));
        assertThat(row.sourceKey())
                .isEqualTo(" " + UPN.substring(0, 4).toLowerCase() + " " + UPN.substring(4) + " "
                        + "\u001F2024/25\u001Fspring");
        assertThat(row.contentHash()).matches("[0-9a-f]{32}");
    }

    @Test
    void acceptsARowWithoutItsOptionalColumns() {
        Accepted row = accepted(ATTENDANCE, with(attendance(), "Postcode", "", "Address", "", "Town", ""));

        assertThat(row.identity().postcode()).isNull();
        assertThat(row.address()).isEqualTo(new Address(null, null));
    }

    @Test
    void normalisesEachIdentifier() {
        Accepted row = accepted(
                PEOPLE,
                person(
                        "NHS number", "943 476-5919",
                        "NI number", "ab 12 34 56 c",
                        "UPN", UPN.toLowerCase(),
                        "Postcode", "SO140PB"));

        assertThat(row.identity())
                .isEqualTo(new ExtractIdentity(null, "Lee", null, "SO14 0PB", "9434765919", "AB123456C", UPN));
        assertThat(row.fact()).isEqualTo(new EvictionNoticeServed());
    }

    @Test
    void aSourceKeyIsItsColumnsValuesAsWrittenInTheTypesOrder() {
        Accepted row = accepted(
                EVICTIONS,
                Map.of(
                        "Notice served on", "01/03/2025",
                        "Tenancy reference", "T-9",
                        "Forename", "Jo",
                        "Surname", "Day",
                        "Postcode", "SO14 0PB"));

        assertThat(row.sourceKey()).isEqualTo("T-9\u001F01/03/2025");
    }

    @Test
    void aSourceKeyWrittenInAnotherCaseThanItsColumnStillGivesItsValues() {
        ExtractType type = ExtractTypesTest.read(
                "tiny.yml", ExtractTypesTest.TINY.replace("sourceKey: [Ref]", "sourceKey: [ref, ' surname ']"));

        Accepted row = accepted(type, Map.of("Ref", "A1", "Surname", "Lee", "Served", "01/03/2025"));

        assertThat(row.sourceKey()).isEqualTo("A1\u001FLee");
    }

    @Test
    void theContentHashIsTheSameForTheSameValuesInAnyColumnOrder() {
        String headings = String.join(",", attendance().keySet());
        String values =
                attendance().values().stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(","));
        List<String> reversedHeadings = Arrays.asList(headings.split(","));
        java.util.Collections.reverse(reversedHeadings);
        List<String> reversedValues = Arrays.asList(values.split(",(?=\")"));
        java.util.Collections.reverse(reversedValues);

        ExtractRow one = ExtractReader.read(ATTENDANCE, csv(headings + "\n" + values + "\n"))
                .get(0);
        ExtractRow other = ExtractReader.read(
                        ATTENDANCE,
                        csv(String.join(",", reversedHeadings) + "\n" + String.join(",", reversedValues) + "\n"))
                .get(0);

        assertThat(new RowReader(ATTENDANCE, TODAY).read(one)).isEqualTo(new RowReader(ATTENDANCE, TODAY).read(other));
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Forename, Ann-Marie",
        "Surname, LEE",
        "Date of birth, 02/09/2012",
        "Postcode, SO14 0PA",
        "Address, 2 High Street",
        "Town, Woolston",
        "Academic year, 2023/24",
        "Term, Spring",
        "Term ended, 05/04/2025",
        "Sessions possible, 121",
        "Authorised absences, 4",
        "Unauthorised absences, 1"
    })
    void theContentHashChangesWhenAnyValueDoes(String column, String value) {
        assertThat(accepted(ATTENDANCE, with(attendance(), column, value)).contentHash())
                .isNotEqualTo(accepted(ATTENDANCE, attendance()).contentHash());
    }

    @Test
    void theContentHashKeepsEachColumnApartFromItsValueAndTheNext() {
        String aValueB = accepted(PEOPLE, person("A", "Bx")).contentHash();
        String abValue = accepted(PEOPLE, person("AB", "x")).contentHash();
        String twoValues = accepted(PEOPLE, person("A", "x", "AB", "y")).contentHash();
        String oneValue = accepted(PEOPLE, person("A", "xAB\0y")).contentHash();

        assertThat(aValueB).isNotEqualTo(abValue);
        assertThat(twoValues).isNotEqualTo(oneValue);
    }

    @Test
    void theContentHashChangesWhenAValueMovesToAnotherColumn() {
        assertThat(accepted(PEOPLE, person("A", "x")).contentHash())
                .isNotEqualTo(accepted(PEOPLE, person("AB", "x")).contentHash());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UPN", "Forename", "Surname", "Date of birth", "Academic year", "Term", "Term ended"})
    void refusesARequiredColumnLeftBlank(String column) {
        assertThat(problems(ATTENDANCE, with(attendance(), column, "")))
                .containsExactly(
                        new Problem(column, "Enter the " + (column.equals("UPN") ? "UPN" : column.toLowerCase())));
    }

    @Test
    void refusesARequiredColumnTheRowDoesNotHave() {
        Map<String, String> values = attendance();
        values.remove("Sessions possible");

        assertThat(problems(ATTENDANCE, values))
                .containsExactly(new Problem("Sessions possible", "Enter the sessions possible"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "Date of birth, 31/02/2012",
        "Date of birth, 2012-09-01",
        "Date of birth, 1/9/2012",
        "Term ended, 04/04/25",
        "Term ended, yesterday"
    })
    void refusesADateThatIsNotRealOrNotInTheTypesFormat(String column, String value) {
        assertThat(problems(ATTENDANCE, with(attendance(), column, value)))
                .containsExactly(new Problem(column, "Enter a real date, written dd/mm/yyyy"));
    }

    @Test
    void acceptsTheDateOfTheFactUpToToday() {
        assertThat(accepted(ATTENDANCE, with(attendance(), "Term ended", "01/06/2025"))
                        .occurredOn())
                .isEqualTo(TODAY);
        assertThat(problems(ATTENDANCE, with(attendance(), "Term ended", "02/06/2025")))
                .containsExactly(new Problem("Term ended", "The date cannot be in the future"));
    }

    @Test
    void acceptsADateOfBirthFrom1900UpToToday() {
        assertThat(accepted(PEOPLE, person("Born", "01/01/1900")).identity().dateOfBirth())
                .isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(accepted(PEOPLE, person("Born", "01/06/2025")).identity().dateOfBirth())
                .isEqualTo(TODAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/12/1899", "02/06/2025", "01/01/1066"})
    void refusesADateOfBirthInTheFutureOrBefore1900(String born) {
        assertThat(problems(PEOPLE, person("Born", born)))
                .containsExactly(new Problem("Born", "Enter a date of birth in the past, after 1900"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SO14", "SO14 0P", "not a postcode", "SO14 0PBB"})
    void refusesAPostcodeThatIsNotOne(String postcode) {
        assertThat(problems(PEOPLE, person("Postcode", postcode)))
                .containsExactly(new Problem("Postcode", "Enter a real postcode, like AB1 2CD"));
    }

    static Stream<Arguments> badIdentifiers() {
        String badLetter = (UPN.charAt(0) == 'A' ? "B" : "A") + UPN.substring(1);
        return Stream.of(
                Arguments.of("NHS number", "943 476 591", "NHS number must be 10 digits"),
                Arguments.of("NHS number", "9434765918", "NHS number is not valid: its check digit does not match"),
                Arguments.of(
                        "NI number",
                        "AB123456",
                        "National Insurance number must be 2 letters, 6 numbers, then A, B, C or D, like AB 12 34 56 C"),
                Arguments.of(
                        "NI number", "DA123456C", "National Insurance number cannot start with D, F, I, Q, U or V"),
                Arguments.of(
                        "NI number",
                        "AO123456C",
                        "The second letter of a National Insurance number cannot be D, F, I, O, Q, U or V"),
                Arguments.of("NI number", "GB123456C", "National Insurance number cannot start with GB"),
                Arguments.of(
                        "UPN",
                        "A12345",
                        "Unique pupil number must be a letter followed by 12 characters, like H801200001001"),
                Arguments.of("UPN", badLetter, "Unique pupil number is not valid: its check letter does not match"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badIdentifiers")
    void refusesAnIdentifierThatIsNotValid(String column, String value, String reason) {
        assertThat(problems(PEOPLE, person(column, value))).containsExactly(new Problem(column, reason));
    }

    @Test
    void acceptsAFixedAnswerIgnoringCase() {
        assertThat(accepted(OFFENCES, with(offence(), "Outcome", "YOUTH CONDITIONAL caution"))
                        .fact())
                .isEqualTo(new OffenceProven(
                        "Criminal damage", LocalDate.of(2025, 1, 1), Disposal.YOUTH_CONDITIONAL_CAUTION));
    }

    @Test
    void refusesAValueNotAmongAColumnsAnswersListingThemInTheFilesOrder() {
        assertThat(problems(OFFENCES, with(offence(), "Outcome", "Fined")))
                .containsExactly(new Problem(
                        "Outcome",
                        "\"Fined\" is not one of: Custody, Community sentence, Other conviction, Caution,"
                                + " Conditional caution, Reprimand, Final warning, Youth caution,"
                                + " Youth conditional caution"));
        assertThat(problems(ATTENDANCE, with(attendance(), "Term", "Winter term of the year two thousand and twenty")))
                .containsExactly(new Problem(
                        "Term", "\"Winter term of the year two th…\" is not one of: Autumn, Spring, Summer"));
        assertThat(problems(ATTENDANCE, with(attendance(), "Term", "Winter term of the year two th")))
                .containsExactly(new Problem(
                        "Term", "\"Winter term of the year two th\" is not one of: Autumn, Spring, Summer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "12.5", "99999999999", "1 2"})
    void refusesANumberColumnThatIsNotAWholeNumber(String sessions) {
        assertThat(problems(ATTENDANCE, with(attendance(), "Sessions possible", sessions)))
                .containsExactly(new Problem("Sessions possible", "Enter a whole number, like 12"));
    }

    @Test
    void readsNumbersWrittenWithCommas() {
        assertThat(accepted(ATTENDANCE, with(attendance(), "Sessions possible", "1,20"))
                        .fact())
                .isEqualTo(new TermAttendanceRecorded("2024/25", Term.SPRING, 120, 3, 2));
        assertThat(problems(ATTENDANCE, with(attendance(), "Sessions possible", "1,200")))
                .containsExactly(new Problem("Sessions possible", "Sessions possible must be 200 or fewer"));
    }

    @Test
    void refusesANameOrAddressLongerThan100Characters() {
        String hundred = "a".repeat(100);

        assertThat(accepted(ATTENDANCE, with(attendance(), "Forename", hundred, "Address", hundred))
                        .identity()
                        .givenNames())
                .isEqualTo(hundred);
        assertThat(problems(ATTENDANCE, with(attendance(), "Forename", hundred + "b", "Town", hundred + "b")))
                .containsExactly(
                        new Problem("Forename", "Enter 100 characters or fewer"),
                        new Problem("Town", "Enter 100 characters or fewer"));
    }

    @Test
    void leavesTheLengthOfAFactsTextToTheCatalogue() {
        assertThat(accepted(OFFENCES, with(offence(), "Offence", "o".repeat(200)))
                        .fact())
                .isEqualTo(new OffenceProven("o".repeat(200), LocalDate.of(2025, 1, 1), Disposal.CAUTION));
        assertThat(problems(OFFENCES, with(offence(), "Offence", "o".repeat(201))))
                .containsExactly(new Problem("Offence", "The offence must be 200 characters or fewer"));
    }

    @Test
    void refusesWhatTheCataloguesRulesRefuseARuleAboutTheWholeRowFirst() {
        assertThat(problems(
                        ATTENDANCE, with(attendance(), "Authorised absences", "100", "Unauthorised absences", "21")))
                .containsExactly(new Problem(null, "Absences cannot be more than the sessions possible"));
        assertThat(problems(ATTENDANCE, with(attendance(), "Academic year", "2024/26")))
                .containsExactly(new Problem("Academic year", "Enter the academic year like 2025/26"));
        // five problems, each in its own column or the row's, so that only the sort puts them in this order (the
        // validator's is a set's)
        assertThat(problems(
                        ATTENDANCE,
                        with(
                                attendance(),
                                "Academic year",
                                "2024/26",
                                "Sessions possible",
                                "0",
                                "Authorised absences",
                                "201",
                                "Unauthorised absences",
                                "-1")))
                .containsExactly(
                        new Problem(null, "Absences cannot be more than the sessions possible"),
                        new Problem("Academic year", "Enter the academic year like 2025/26"),
                        new Problem("Authorised absences", "Authorised absences must be 200 or fewer"),
                        new Problem("Sessions possible", "Sessions possible must be at least 1"),
                        new Problem("Unauthorised absences", "Unauthorised absences cannot be negative"));
    }

    @Test
    void readsAFactWithAnOptionalAnswerByTheCataloguesRules() {
        Map<String, String> claim = new HashMap<>(Map.of(
                "Claim reference", "C-1",
                "Forename", "Jo",
                "Surname", "Day",
                "Date of birth", "02/02/2001",
                "Benefit", "UC",
                "UC regime", "searching for work",
                "Claim start date", "01/03/2025"));

        assertThat(accepted(BENEFITS, claim).fact())
                .isEqualTo(new BenefitClaimStarted(Benefit.UNIVERSAL_CREDIT, UniversalCreditRegime.SEARCHING_FOR_WORK));
        assertThat(problems(BENEFITS, with(claim, "Benefit", "JSA")))
                .containsExactly(
                        new Problem(null, "Select the Universal Credit regime, and only for Universal Credit"));
        assertThat(problems(BENEFITS, with(claim, "UC regime", "")))
                .containsExactly(
                        new Problem(null, "Select the Universal Credit regime, and only for Universal Credit"));
    }

    @Test
    void refusesAnAnswerTheFactCannotTake() {
        // an enum's and a yes-or-no field's answers are checked when the service starts (ExtractTypes); others not
        ExtractType type = ExtractTypesTest.read(
                "tiny.yml",
                ExtractTypesTest.TINY.replace("EvictionNoticeServed", "ExcludedFromSchool")
                        + """
                          - {name: Kind, maps: fact.exclusion, required: true, meaning: x, values: {Fixed: FIXED_TERM}}
                          - {name: Days, maps: fact.days, required: true, meaning: x, values: {Many: lots}}
                        """);

        assertThat(problems(type, person("Kind", "fixed", "Days", "many")))
                .containsExactly(new Problem("Days", "Enter a value this column allows"));
    }

    @Test
    void refusesARowThatCannotMakeAFactAtAll() {
        ExtractType type = new ExtractType(
                "any",
                "Any",
                "Any fact",
                AgencyFact.class,
                false,
                List.of("Ref"),
                "dd/MM/yyyy",
                PEOPLE.columns(),
                null,
                false);

        assertThat(problems(type, person())).containsExactly(new Problem(null, "The row does not make a whole record"));
    }

    @Test
    void refusesARowWithTooFewOrTooManyValues() {
        assertThat(problems(PEOPLE, person(ExtractRow.WIDTH_PROBLEM, "2 values in a file of 3 columns")))
                .containsExactly(new Problem(null, "The row has 2 values in a file of 3 columns: check its commas"));
    }

    @Test
    void reportsEveryProblemInARow() {
        assertThat(problems(
                        ATTENDANCE,
                        with(
                                attendance(),
                                ExtractRow.WIDTH_PROBLEM,
                                "14 values in a file of 13 columns",
                                "UPN",
                                "A1",
                                "Forename",
                                "",
                                "Date of birth",
                                "01/01/1899",
                                "Postcode",
                                "SO14",
                                "Term",
                                "Winter",
                                "Term ended",
                                "31/12/2025",
                                "Sessions possible",
                                "lots")))
                .containsExactly(
                        new Problem(null, "The row has 14 values in a file of 13 columns: check its commas"),
                        new Problem("Forename", "Enter the forename"),
                        new Problem("Term", "\"Winter\" is not one of: Autumn, Spring, Summer"),
                        new Problem("Term ended", "The date cannot be in the future"),
                        new Problem("Sessions possible", "Enter a whole number, like 12"),
                        new Problem("Date of birth", "Enter a date of birth in the past, after 1900"),
                        new Problem("Postcode", "Enter a real postcode, like AB1 2CD"),
                        new Problem(
                                "UPN",
                                "Unique pupil number must be a letter followed by 12 characters, like H801200001001"));
    }

    @Test
    void checksTheFactOnlyWhenEverythingElseInTheRowIsRight() {
        assertThat(problems(
                        ATTENDANCE,
                        with(
                                attendance(),
                                "Postcode",
                                "SO14",
                                "Authorised absences",
                                "100",
                                "Unauthorised absences",
                                "21")))
                .containsExactly(new Problem("Postcode", "Enter a real postcode, like AB1 2CD"));
    }

    @Test
    void readsTheShippedExclusionsAndTheirRules() {
        Map<String, String> exclusion = new HashMap<>(Map.of(
                "Exclusion reference", "EX-1",
                "Forename", "Jo",
                "Surname", "Day",
                "Date of birth", "02/02/2012",
                "Start date", "01/03/2025",
                "Exclusion type", "fixed-term",
                "Days", "45"));

        assertThat(accepted(EXCLUSIONS, exclusion).identity().uniquePupilNumber())
                .isNull();
        assertThat(problems(EXCLUSIONS, with(exclusion, "Days", "46")))
                .containsExactly(new Problem("Days", "A fixed-term exclusion lasts 45 days or fewer"));
        assertThat(problems(EXCLUSIONS, with(exclusion, "Days", "")))
                .containsExactly(new Problem(null, "Enter the number of days for a fixed-term exclusion"));
    }

    @Test
    void readsAContactAsTheRowsPersonAndThePupilAsTheSubjectTheFactIsRecordedOnDatedToday() {
        Accepted row = accepted(CONTACTS, contact());

        assertThat(row.identity())
                .isEqualTo(new ExtractIdentity("Lisa", "Lee", LocalDate.of(1985, 6, 5), "SO14 0PB", null, null, null));
        assertThat(row.address()).isEqualTo(new Address("1 High Street", "Southampton"));
        assertThat(row.subject()).isEqualTo(new ReadRow.SubjectIdentifier("uniquePupilNumber", UPN));
        assertThat(row.fact())
                .as("the parent is the row's person, named once they are known")
                .isEqualTo(new ParentRecorded(null, true));
        assertThat(row.occurredOn())
                .as("the file carries no date: the day it is read")
                .isEqualTo(TODAY);
        assertThat(row.sourceKey()).isEqualTo(" " + UPN.toLowerCase() + " \u001FLisa\u001FLee");
    }

    @ParameterizedTest
    @CsvSource({"Mother, true", "FATHER, true", "Step-parent, false", "Foster carer, false", "Other relative, false"})
    void aContactsRelationshipSaysWhetherTheyAreABirthParent(String relationship, boolean birthParent) {
        assertThat(accepted(CONTACTS, with(contact(), "Relationship", relationship))
                        .fact())
                .isEqualTo(new ParentRecorded(null, birthParent));
    }

    @Test
    void refusesAContactWithoutAValidPupilUpnOrAKnownRelationship() {
        assertThat(problems(CONTACTS, with(contact(), "Pupil UPN", "")))
                .containsExactly(new Problem("Pupil UPN", "Enter the pupil UPN"));
        assertThat(problems(CONTACTS, with(contact(), "Pupil UPN", "B" + UPN.substring(1))))
                .containsExactly(
                        new Problem("Pupil UPN", "Unique pupil number is not valid: its check letter does not match"));
        assertThat(problems(CONTACTS, with(contact(), "Relationship", "Neighbour")))
                .extracting(Problem::column)
                .containsExactly("Relationship");
    }

    @Test
    void readsASubjectNamedByAnNhsOrNationalInsuranceNumberAsAPersonsOwn() {
        ExtractType byNhsNumber = ExtractTypesTest.read(
                "contacts.yml", ExtractTypesTest.SUBJECT.replace("subject.uniquePupilNumber", "subject.nhsNumber"));
        ExtractType byNiNumber = ExtractTypesTest.read(
                "contacts.yml",
                ExtractTypesTest.SUBJECT.replace("subject.uniquePupilNumber", "subject.nationalInsuranceNumber"));
        Map<String, String> row = Map.of("Pupil", "943 476 5919", "Surname", "Lee", "Birth", "Step");

        assertThat(accepted(byNhsNumber, row).subject())
                .isEqualTo(new ReadRow.SubjectIdentifier("nhsNumber", "9434765919"));
        assertThat(accepted(byNhsNumber, row).fact()).isEqualTo(new ParentRecorded(null, false));
        assertThat(accepted(byNiNumber, with(row, "Pupil", "ab 12 34 56 c")).subject())
                .isEqualTo(new ReadRow.SubjectIdentifier("nationalInsuranceNumber", "AB123456C"));
        assertThat(problems(byNiNumber, row)).extracting(Problem::column).containsExactly("Pupil");
        assertThat(accepted(ATTENDANCE, attendance()).subject())
                .as("no subject: on the row's person")
                .isNull();
    }

    @Test
    void aColumnsNameInASentenceKeepsTheCapitalsOfAnAcronym() {
        assertThat(RowReader.inASentence("Date of birth")).isEqualTo("date of birth");
        assertThat(RowReader.inASentence("UPN")).isEqualTo("UPN");
        assertThat(RowReader.inASentence("NI number")).isEqualTo("NI number");
        assertThat(RowReader.inASentence("X")).isEqualTo("x");
    }
}
