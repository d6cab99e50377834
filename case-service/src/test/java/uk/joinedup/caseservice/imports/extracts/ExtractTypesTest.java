package uk.joinedup.caseservice.imports.extracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.catalogue.EvictionNoticeServed;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;

class ExtractTypesTest {

    /** A type that does not create people: a key, a family name and the date, nothing else. */
    static final String TINY =
            """
            name: Tiny
            description: A tiny type for tests
            fact: EvictionNoticeServed
            createsPeople: false
            sourceKey: [Ref]
            dateFormat: dd/MM/yyyy
            columns:
              - {name: Ref, maps: key, required: true, meaning: The reference}
              - {name: Surname, maps: person.familyName, required: true, meaning: The family name}
              - {name: Served, maps: occurredOn, type: date, required: true, meaning: The day}
            """;

    /** A type that creates people: it needs their given names, family name and date of birth. */
    static final String CREATING =
            """
            name: Creating
            description: A type that registers people
            fact: EvictionNoticeServed
            createsPeople: true
            sourceKey: [Ref]
            dateFormat: dd/MM/yyyy
            columns:
              - {name: Ref, maps: key, required: true, meaning: The reference}
              - {name: Forename, maps: person.givenNames, required: true, meaning: The given names}
              - {name: Surname, maps: person.familyName, required: true, meaning: The family name}
              - {name: Born, maps: person.dateOfBirth, type: date, required: true, meaning: The date of birth}
              - {name: Served, maps: occurredOn, type: date, required: true, meaning: The day}
            """;

    /** A type about two people: its fact is recorded on the pupil a column names, naming the row's person. */
    static final String SUBJECT =
            """
            name: Contacts
            description: A type whose fact is recorded on the pupil
            fact: ParentRecorded
            createsPeople: false
            sourceKey: [Surname]
            dateFormat: dd/MM/yyyy
            datedOnImport: true
            subject: {personField: parent, ifUnknown: import the pupils first}
            columns:
              - {name: Pupil, maps: subject.uniquePupilNumber, required: true, meaning: The pupil}
              - {name: Surname, maps: person.familyName, required: true, meaning: The family name}
              - {name: Birth, maps: fact.birthParent, required: true, meaning: x, values: {Mother: "true", Step: "false"}}
            """;

    static ExtractType read(String fileName, String yaml) {
        return ExtractTypes.read(fileName, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Resource file(String fileName, String yaml) {
        return new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }

    private static void refused(String yaml, String problem) {
        assertThatThrownBy(() -> read("tiny.yml", yaml))
                .isInstanceOf(ExtractTypeInvalid.class)
                .hasMessage("The extract type file imports/tiny.yml cannot be used: " + problem);
    }

    @Test
    void everyShippedFileLoadsWithItsIdFromTheFileNameInTheOrderOfTheirNames() {
        ExtractTypes types = new ExtractTypes();

        assertThat(types.all())
                .extracting(ExtractType::id, ExtractType::name, ExtractType::factName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "anti-social-behaviour",
                                "Anti-social behaviour interventions",
                                "AntiSocialBehaviourInterventionGiven"),
                        org.assertj.core.groups.Tuple.tuple("evictions", "Eviction notices", "EvictionNoticeServed"),
                        org.assertj.core.groups.Tuple.tuple(
                                "out-of-work-benefits", "Out-of-work benefit claims", "BenefitClaimStarted"),
                        org.assertj.core.groups.Tuple.tuple("offences", "Proven offences", "OffenceProven"),
                        org.assertj.core.groups.Tuple.tuple(
                                "parents-and-carers", "Pupils' parents and carers", "ParentRecorded"),
                        org.assertj.core.groups.Tuple.tuple(
                                "school-attendance", "School attendance, per term", "TermAttendanceRecorded"),
                        org.assertj.core.groups.Tuple.tuple(
                                "school-exclusions", "School exclusions", "ExcludedFromSchool"));
    }

    @Test
    void aTypeIsNamedByItsNameAndAGoneTypeByItsId() {
        ExtractTypes types = new ExtractTypes();

        assertThat(types.nameOf("school-exclusions")).isEqualTo("School exclusions");
        assertThat(types.nameOf("housing-arrears")).as("no longer shipped").isEqualTo("housing-arrears");
    }

    @Test
    void aShippedTypeIsFoundByItsIdAndSaysWhoMayRecordIt() {
        ExtractTypes types = new ExtractTypes();

        ExtractType attendance = types.find("school-attendance").orElseThrow();
        assertThat(attendance.fact()).isEqualTo(TermAttendanceRecorded.class);
        assertThat(attendance.createsPeople()).isTrue();
        assertThat(attendance.sourceKey()).containsExactly("UPN", "Academic year", "Term");
        assertThat(attendance.dateFormat()).isEqualTo("dd/MM/yyyy");
        assertThat(attendance.recordableBy(AgencyKind.EDUCATION)).isTrue();
        assertThat(attendance.recordableBy(AgencyKind.POLICE)).isFalse();
        assertThat(types.find("evictions").orElseThrow().createsPeople()).isFalse();
        assertThat(types.find("school-attendance.yml")).isEmpty();
        assertThat(types.find("nothing")).isEmpty();
    }

    @Test
    void theShippedParentsAndCarersAreRecordedOnThePupilByASchoolDatedOnImport() {
        ExtractType contacts = new ExtractTypes().find("parents-and-carers").orElseThrow();

        assertThat(contacts.subject().personField()).isEqualTo("parent");
        assertThat(contacts.subjectColumn().map(ExtractColumn::maps)).contains("subject.uniquePupilNumber");
        assertThat(contacts.datedOnImport()).isTrue();
        assertThat(contacts.createsPeople()).isTrue();
        assertThat(contacts.sourceKey()).containsExactly("Pupil UPN", "Contact forename", "Contact surname");
        assertThat(contacts.recordableBy(AgencyKind.EDUCATION))
                .as("schools hold the contacts with parental responsibility")
                .isTrue();
        assertThat(contacts.recordableBy(AgencyKind.POLICE)).isFalse();
    }

    @Test
    void aTypeWithoutASubjectRecordsOnTheRowsPersonAndIsDatedByAColumn() {
        ExtractType type = read("tiny.yml", TINY);

        assertThat(type.subject()).isNull();
        assertThat(type.subjectColumn()).isEmpty();
        assertThat(type.datedOnImport()).isFalse();
    }

    @Test
    void aTypeWithASubjectSaysWhyARowsSubjectIsRefusedInPlainWords() {
        ExtractType type = read(
                "contacts.yml",
                SUBJECT.replace("name: Pupil,", "name: Pupil UPN,").replace("[Pupil,", "[Pupil UPN,"));

        assertThat(type.subjectUnknown("A123"))
                .isEqualTo(new ReadRow.Problem(
                        "Pupil UPN", "Nobody registered has the pupil UPN A123: import the pupils first"));
        assertThat(type.subjectAmbiguous("A123"))
                .isEqualTo(new ReadRow.Problem(
                        "Pupil UPN",
                        "More than one person registered has the pupil UPN A123: the row cannot tell which of them"
                                + " it is about"));
    }

    @Test
    void aTypeReadsItsFileWithItsDefaults() {
        ExtractType type = read("tiny.yml", TINY);

        assertThat(type.id()).isEqualTo("tiny");
        assertThat(type.name()).isEqualTo("Tiny");
        assertThat(type.description()).isEqualTo("A tiny type for tests");
        assertThat(type.fact()).isEqualTo(EvictionNoticeServed.class);
        assertThat(type.createsPeople()).isFalse();
        assertThat(type.sourceKey()).containsExactly("Ref");
        assertThat(type.columns())
                .containsExactly(
                        new ExtractColumn("Ref", "key", "text", true, Map.of(), "The reference", null),
                        new ExtractColumn(
                                "Surname", "person.familyName", "text", true, Map.of(), "The family name", null),
                        new ExtractColumn("Served", "occurredOn", "date", true, Map.of(), "The day", null));
        assertThat(read("tiny.yaml", TINY).id()).isEqualTo("tiny");
        assertThat(read("tiny.yml.bak", TINY).id()).isEqualTo("tiny.yml.bak");
        assertThat(read("creating.yml", CREATING).createsPeople()).isTrue();
    }

    @Test
    void aColumnIsFoundByItsNameIgnoringCaseAndSurroundingSpaces() {
        ExtractType type = read("tiny.yml", TINY);

        assertThat(type.column(" surNAME ")).map(ExtractColumn::name).contains("Surname");
        assertThat(type.column("Sur name")).isEmpty();
    }

    @Test
    void aColumnSaysWhatItGives() {
        ExtractColumn person = new ExtractColumn("A", "person.familyName", null, true, null, "a", null);
        ExtractColumn fact = new ExtractColumn("B", "fact.days", "number", true, null, "b", null);
        ExtractColumn key = new ExtractColumn("C", "key", "text", true, null, "c", null);

        assertThat(person.type()).isEqualTo("text");
        assertThat(person.values()).isEmpty();
        assertThat(person.field()).isEqualTo("familyName");
        assertThat(person.givesPerson()).isTrue();
        assertThat(person.givesFact()).isFalse();
        assertThat(fact.field()).isEqualTo("days");
        assertThat(fact.givesPerson()).isFalse();
        assertThat(fact.givesFact()).isTrue();
        assertThat(key.field()).isNull();
        assertThat(new ExtractColumn("D", "occurredOn", "date", true, null, "d", null).field())
                .isNull();
        assertThat(new ExtractColumn("E", ".x", "text", true, null, "e", null).field())
                .isEqualTo("x");
    }

    @Test
    void theTypesAreReadFromTheirFilesAndSortedByName() {
        ExtractTypes types = new ExtractTypes(
                List.of(file("zed.yml", TINY.replace("name: Tiny", "name: Zed")), file("creating.yml", CREATING)));

        assertThat(types.all()).extracting(ExtractType::id).containsExactly("creating", "zed");
        assertThat(types.find("zed")).map(ExtractType::name).contains("Zed");
    }

    @Test
    void oneBadFileStopsTheWholeSetNamingIt() {
        assertThatThrownBy(() -> new ExtractTypes(List.of(
                        file("good.yml", TINY), file("bad.yml", TINY.replace("EvictionNoticeServed", "Nothing")))))
                .isInstanceOf(ExtractTypeInvalid.class)
                .hasMessage("The extract type file imports/bad.yml cannot be used: no fact is called Nothing");
    }

    @Test
    void aFileThatCannotBeOpenedStopsTheStart() {
        assertThatThrownBy(() -> new ExtractTypes(List.of(new FileSystemResource("/no/such/dir/gone.yml"))))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void refusesAnUnknownFact() {
        refused(TINY.replace("EvictionNoticeServed", "EvictionServed"), "no fact is called EvictionServed");
    }

    @Test
    void refusesAColumnForAFieldTheFactDoesNotHave() {
        refused(
                TINY + "  - {name: Days, maps: fact.days, type: number, required: false, meaning: Days}\n",
                "Days: EvictionNoticeServed has no field days");
    }

    @Test
    void refusesAnAnswerThatIsNotAValueOfItsField() {
        refused(
                TINY.replace("fact: EvictionNoticeServed", "fact: ExcludedFromSchool")
                        + "  - {name: Kind, maps: fact.exclusion, required: true, meaning: Kind,"
                        + " values: {Fixed: FIXED_TERM, Expelled: EXPELLED}}\n",
                "Kind: EXPELLED is not one of [FIXED_TERM, PERMANENT]");
    }

    @Test
    void acceptsAnswersThatAreValuesOfTheirField() {
        ExtractType type = read(
                "tiny.yml",
                TINY.replace("fact: EvictionNoticeServed", "fact: ExcludedFromSchool")
                        + "  - {name: Kind, maps: fact.exclusion, required: true, meaning: Kind,"
                        + " values: {Fixed: FIXED_TERM, Permanent: PERMANENT}}\n");

        assertThat(type.column("Kind").orElseThrow().values()).containsValues("FIXED_TERM", "PERMANENT");
    }

    @Test
    void acceptsATypeWithASubjectNamedByEachKindOfIdentifier() {
        for (String field : ExtractTypes.SUBJECT_FIELDS) {
            ExtractType type = read("contacts.yml", SUBJECT.replace("subject.uniquePupilNumber", "subject." + field));

            assertThat(type.subjectColumn().orElseThrow().field()).isEqualTo(field);
        }
    }

    @Test
    void refusesASubjectNamedByAnythingButAnIdentifier() {
        refused(
                SUBJECT.replace("subject.uniquePupilNumber", "subject.familyName"),
                "Pupil maps to subject.familyName: a subject is named by one of"
                        + " [nationalInsuranceNumber, nhsNumber, uniquePupilNumber]");
    }

    @Test
    void refusesAColumnNamingASubjectInATypeWithoutOne() {
        refused(
                SUBJECT.replace("subject: {personField: parent, ifUnknown: import the pupils first}\n", ""),
                "Pupil maps to subject.uniquePupilNumber, but the type has no subject saying which field names the"
                        + " row's person");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "none| {name: Pupil, maps: key, required: true, meaning: The pupil}",
                "not required| {name: Pupil, maps: subject.uniquePupilNumber, required: false, meaning: The pupil}",
                "two| {name: Pupil, maps: subject.uniquePupilNumber, required: true, meaning: The pupil}, "
                        + "{name: NHS, maps: subject.nhsNumber, required: true, meaning: The pupil}"
            })
    void refusesATypeWithASubjectWithoutExactlyOneRequiredColumnNamingIt(String why, String pupil) {
        refused(
                SUBJECT.replace(
                        "{name: Pupil, maps: subject.uniquePupilNumber, required: true, meaning: The pupil}",
                        pupil.strip().replace("}, {", "}\n  - {")),
                "a type with a subject needs exactly one required column mapping to subject.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"birthParent", "mother"})
    void refusesASubjectNamingTheRowsPersonInAnythingButATextFieldOfTheFact(String field) {
        refused(
                SUBJECT.replace("personField: parent", "personField: " + field),
                "ParentRecorded has no text field " + field + " to name the row's person");
    }

    @Test
    void refusesAColumnGivingTheFieldThatNamesTheRowsPerson() {
        refused(
                SUBJECT + "  - {name: Parent id, maps: fact.parent, required: false, meaning: x}\n",
                "Parent id gives parent, which names the row's person: no column gives it");
    }

    @Test
    void refusesASubjectWithoutItsFieldOrItsAdviceOrWithAnotherKey() {
        refused(SUBJECT.replace("personField: parent, ", ""), "subject.personField must not be blank");
        refused(
                SUBJECT.replace("ifUnknown: import the pupils first", "ifUnknown: ''"),
                "subject.ifUnknown must not be blank");
        assertThatThrownBy(() -> read("tiny.yml", SUBJECT.replace("personField:", "personFeild:")))
                .isInstanceOf(ExtractTypeInvalid.class)
                .hasMessageContaining("personFeild");
    }

    @Test
    void refusesATypeDatedOnImportWithAColumnForTheFactsDate() {
        refused(
                TINY.replace("dateFormat:", "datedOnImport: true\ndateFormat:"),
                "a type dated on import has no column mapping to occurredOn");
    }

    @Test
    void refusesAYesOrNoAnswerThatIsNotTrueOrFalse() {
        refused(SUBJECT.replace("Step: \"false\"", "Step: \"no\""), "Birth: no is not true or false");
    }

    @Test
    void refusesAColumnForAnUnknownFieldOfThePerson() {
        refused(
                TINY + "  - {name: Shoes, maps: person.shoeSize, required: false, meaning: Shoe size}\n",
                "Shoes maps to an unknown person.shoeSize");
    }

    @Test
    void acceptsAColumnForEveryFieldOfThePerson() {
        StringBuilder yaml = new StringBuilder(TINY.replace("person.familyName", "key"));
        for (String field : ExtractTypes.PERSON_FIELDS) {
            String type = field.equals("dateOfBirth") ? "date" : "text";
            yaml.append("  - {name: ")
                    .append(field)
                    .append(", maps: person.")
                    .append(field)
                    .append(", type: ")
                    .append(type)
                    .append(", required: true, meaning: x}\n");
        }

        assertThat(read("tiny.yml", yaml.toString()).columns()).hasSize(12);
    }

    @Test
    void refusesTwoColumnsWithOneNameIgnoringCase() {
        refused(
                TINY + "  - {name: SURNAME, maps: key, required: false, meaning: Again}\n",
                "two columns are called Surname");
    }

    @Test
    void refusesASourceKeyColumnThatIsMissing() {
        refused(
                TINY.replace("sourceKey: [Ref]", "sourceKey: [Ref, Reference]"),
                "the source key's column Reference is not a required column");
    }

    @Test
    void refusesASourceKeyColumnThatIsNotRequired() {
        refused(
                TINY.replace("{name: Ref, maps: key, required: true", "{name: Ref, maps: key, required: false"),
                "the source key's column Ref is not a required column");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "none| {name: Served, maps: key, type: date, required: true, meaning: The day}",
                "not required| {name: Served, maps: occurredOn, type: date, required: false, meaning: The day}",
                "not a date| {name: Served, maps: occurredOn, type: text, required: true, meaning: The day}",
                "not typed| {name: Served, maps: occurredOn, required: true, meaning: The day}",
                "two| {name: Served, maps: occurredOn, type: date, required: true, meaning: The day}, "
                        + "{name: Again, maps: occurredOn, type: date, required: true, meaning: The day}"
            })
    void refusesAnythingButExactlyOneRequiredDateColumnForTheFactsDate(String why, String served) {
        refused(
                TINY.replace(
                        "{name: Served, maps: occurredOn, type: date, required: true, meaning: The day}",
                        served.strip().replace("}, {", "}\n  - {")),
                "exactly one required date column must map to occurredOn");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"givenNames", "familyName", "dateOfBirth"})
    void refusesATypeThatCreatesPeopleWithoutRequiredNamesAndDateOfBirth(String field) {
        String missing = CREATING.replace("maps: person." + field + ",", "maps: key,");
        String optional = CREATING.replace(
                        "maps: person." + field + ", type: date, required: true",
                        "maps: person." + field + ", type: date, required: false")
                .replace("maps: person." + field + ", required: true", "maps: person." + field + ", required: false");
        String problem = "a required column must map to person." + field + " to match rows to people";

        refused(missing, problem);
        refused(optional, problem);
    }

    @Test
    void refusesATypeThatDoesNotCreatePeopleWithoutARequiredFamilyName() {
        String problem = "a required column must map to person.familyName to match rows to people";

        refused(TINY.replace("maps: person.familyName", "maps: person.givenNames"), problem);
        refused(TINY.replace("person.familyName, required: true", "person.familyName, required: false"), problem);
    }

    @Test
    void aTypeThatDoesNotCreatePeopleNeedsNoGivenNamesNorDateOfBirth() {
        assertThat(read("tiny.yml", TINY).columns())
                .noneMatch(column -> column.maps().equals("person.givenNames")
                        || column.maps().equals("person.dateOfBirth"));
    }

    @Test
    void refusesADateFormatThatIsNotOne() {
        refused(
                TINY.replace("dateFormat: dd/MM/yyyy", "dateFormat: dd/bb/yyyy"),
                "the date format dd/bb/yyyy is not one");
    }

    @Test
    void refusesAPropertyTheSchemaDoesNotHave() {
        assertThatThrownBy(() -> read("tiny.yml", TINY + "colour: red\n"))
                .isInstanceOf(ExtractTypeInvalid.class)
                .hasMessageStartingWith(
                        "The extract type file imports/tiny.yml cannot be used: Unrecognized field \"colour\"");
        assertThatThrownBy(() -> read("tiny.yml", TINY.replace("meaning: The day}", "meaning: The day, size: 3}")))
                .isInstanceOf(ExtractTypeInvalid.class)
                .hasMessageStartingWith(
                        "The extract type file imports/tiny.yml cannot be used: Unrecognized field \"size\"");
    }

    @Test
    void refusesASecondDocumentInTheFile() {
        assertThatThrownBy(() -> read("tiny.yml", TINY + "---\n" + TINY))
                .isInstanceOf(ExtractTypeInvalid.class)
                .hasMessageStartingWith("The extract type file imports/tiny.yml cannot be used: Trailing token");
    }

    @Test
    void refusesAnEmptyFile() {
        refused("---\n", "the file is empty");
        assertThatThrownBy(() -> read("tiny.yml", ""))
                .isInstanceOf(ExtractTypeInvalid.class)
                .hasMessage("The extract type file imports/tiny.yml cannot be used: "
                        + "No content to map due to end-of-input");
    }

    @Test
    void refusesAFileThatIsNotYaml() {
        assertThatThrownBy(() -> read("tiny.yml", "name: 'Tiny\ndescription: x\n"))
                .isInstanceOf(ExtractTypeInvalid.class)
                .hasMessageStartingWith("The extract type file imports/tiny.yml cannot be used: not readable YAML: ")
                .hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void refusesAFileThatBreaksTheSchemaWithEveryProblemInOrder() {
        String yaml = TINY.replace("name: Tiny", "name: ' '")
                .replace("meaning: The reference", "meaning: ''")
                .replace("maps: key", "maps: keys");

        refused(
                yaml,
                "columns[0].maps must match \"person\\.[a-zA-Z0-9]+|fact\\.[a-zA-Z0-9]+|subject\\.[a-zA-Z0-9]+"
                        + "|occurredOn|key\"; "
                        + "columns[0].meaning must not be blank; name must not be blank");
        refused(TINY.replace("sourceKey: [Ref]", "sourceKey: []"), "sourceKey must not be empty");
        refused(TINY.replace("type: date", "type: datetime"), "columns[2].type must match \"text|date|number\"");
    }
}
