package uk.joinedup.webui.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.caseservice.FactType;
import uk.joinedup.webui.caseservice.FactType.Field;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.govuk.BundleLabels;
import uk.joinedup.webui.govuk.DateInput;

/** Kinds of fact as case-service's catalogue describes them, and the forms made from them. */
class FactFieldsTest {

    private static final FactType OFFENCE = new FactType(
            "OffenceProven",
            InformationCategory.OFFENDING,
            List.of("PROBATION"),
            List.of(
                    new Field("offence", "TEXT", false, List.of(), null),
                    new Field("offenceDate", "DATE", false, List.of(), null),
                    new Field("disposal", "CHOICE", false, List.of("CAUTION", "REPRIMAND"), null)));

    private static final FactType JOB = new FactType(
            "JobStarted",
            InformationCategory.EMPLOYMENT_AND_BENEFITS,
            List.of("JOBCENTRE_PLUS"),
            List.of(
                    new Field("employer", "TEXT", false, List.of(), null),
                    new Field("hoursPerWeek", "NUMBER", true, List.of(), null)));

    private static final FactType RELEASE = new FactType(
            "ReleasedFromCustody",
            InformationCategory.OFFENDING,
            List.of("PROBATION"),
            List.of(
                    new Field("establishment", "TEXT", false, List.of(), null),
                    new Field("onLicence", "YES_NO", false, List.of(), null)));

    /** Key stage 2 results or key stage 4 grades: each set optional in the form, case-service checks which. */
    private static final FactType ATTAINMENT = new FactType(
            "AttainmentRecorded",
            InformationCategory.EDUCATION,
            List.of("EDUCATION"),
            List.of(
                    new Field("keyStage", "CHOICE", true, List.of("KEY_STAGE_2", "KEY_STAGE_4"), null),
                    new Field("reading", "CHOICE", false, List.of("MET", "NOT_MET"), null),
                    new Field("writing", "CHOICE", false, List.of("MET", "NOT_MET"), null),
                    new Field("maths", "CHOICE", false, List.of("MET", "NOT_MET"), null),
                    new Field("englishGrade", "NUMBER", false, List.of(), null),
                    new Field("mathsGrade", "NUMBER", false, List.of(), null),
                    new Field("freeSchoolMeals", "YES_NO", false, List.of(), null)));

    private final FactFields fields = new FactFields(BundleLabels.labels());

    @Test
    void makesTheFactCaseServiceTakesFromWhatWasTyped() {
        FactForm form = new FactForm();
        form.getValues().put("offence", "  Theft from a shop ");
        form.getDates().put("offenceDate", DateInput.of(LocalDate.of(2026, 5, 1)));
        form.getValues().put("disposal", "CAUTION");
        BindingResult errors = errors(form);

        Map<String, Object> fact = fields.toFact(OFFENCE, form, errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(fact)
                .containsExactly(
                        Map.entry("type", "OffenceProven"),
                        Map.entry("offence", "Theft from a shop"),
                        Map.entry("offenceDate", LocalDate.of(2026, 5, 1)),
                        Map.entry("disposal", "CAUTION"));
    }

    @Test
    void sendsNumbersAsNumbersAndAnswersAsBooleans() {
        FactForm job = new FactForm();
        job.getValues().put("hoursPerWeek", " 30 ");
        FactForm release = new FactForm();
        release.getValues().put("onLicence", "true");

        assertThat(fields.toFact(JOB, job, errors(job)))
                .containsEntry("hoursPerWeek", 30)
                .containsEntry("employer", null);
        assertThat(fields.toFact(RELEASE, release, errors(release))).containsEntry("onLicence", true);
    }

    @Test
    void leavesRequiredTextsAndOptionsToCaseServiceButChecksWhatItCannot() {
        FactForm offence = new FactForm();
        offence.getDates().put("offenceDate", typed("31", "2", "2026"));
        BindingResult offenceErrors = errors(offence);
        FactForm job = new FactForm();
        job.getValues().put("hoursPerWeek", "thirty");
        BindingResult jobErrors = errors(job);
        FactForm release = new FactForm();
        BindingResult releaseErrors = errors(release);

        assertThat(fields.toFact(OFFENCE, offence, offenceErrors)).isNull();
        assertThat(fields.toFact(JOB, job, jobErrors)).isNull();
        assertThat(fields.toFact(RELEASE, release, releaseErrors)).isNull();

        assertThat(BundleLabels.message(offenceErrors.getFieldError("dates[offenceDate].day")))
                .isEqualTo("Date of the offence must be a real date");
        assertThat(offenceErrors.getFieldErrorCount()).isEqualTo(1);
        assertThat(BundleLabels.message(jobErrors.getFieldError("values[hoursPerWeek]")))
                .isEqualTo("Hours a week must be a whole number, like 3");
        assertThat(BundleLabels.message(releaseErrors.getFieldError("values[onLicence]")))
                .isEqualTo("Select yes if they were released on licence");
    }

    @Test
    void asksForARequiredNumber() {
        FactForm job = new FactForm();
        BindingResult errors = errors(job);

        fields.toFact(JOB, job, errors);

        assertThat(BundleLabels.message(errors.getFieldError("values[hoursPerWeek]")))
                .isEqualTo("Enter the hours a week");
    }

    @Test
    void putsCaseServiceMessagesAgainstTheGeneratedFields() {
        assertThat(FactFields.formField(OFFENCE, "fact.offence")).isEqualTo("values[offence]");
        assertThat(FactFields.formField(OFFENCE, "fact.offenceDate")).isEqualTo("dates[offenceDate]");
        assertThat(FactFields.formField(OFFENCE, "occurredOn")).isEqualTo("occurredOn");
        assertThat(FactFields.formField(OFFENCE, "fact.withinSessionsPossible")).isNull();
    }

    @Test
    void asksForLongTextsInATextareaAndLongListsInASelect() {
        FactType note = new FactType(
                "CaseNoteWritten",
                InformationCategory.CASE_NOTE,
                List.of(),
                List.of(new Field("text", "TEXT", false, List.of(), null)));
        List<String> eleven = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K");
        FactType many = new FactType(
                "SanctionApplied",
                InformationCategory.FAMILY,
                List.of(),
                List.of(new Field("sanction", "CHOICE", false, eleven, null)));

        assertThat(fields.fields(note)).extracting(FieldView::input).containsExactly("LONG_TEXT");
        assertThat(fields.fields(many)).extracting(FieldView::input).containsExactly("SELECT");
        assertThat(fields.fields(OFFENCE))
                .extracting(FieldView::input, FieldView::path, FieldView::label)
                .containsExactly(
                        tuple("TEXT", "values[offence]", "Offence"),
                        tuple("DATE", "dates[offenceDate]", "Date of the offence"),
                        tuple("CHOICE", "values[disposal]", "Outcome"));
        assertThat(fields.fields(OFFENCE).get(2).choices())
                .extracting(choice -> choice.label())
                .containsExactly("Caution", "Reprimand (under 18)");
    }

    @Test
    void fillsACorrectionFormWithWhatTheFactSaid() {
        Map<String, Object> offence = new LinkedHashMap<>();
        offence.put("type", "OffenceProven");
        offence.put("offence", "Theft");
        offence.put("offenceDate", "2026-05-01");
        offence.put("disposal", "CAUTION");
        Map<String, Object> job = Map.of("type", "JobStarted", "hoursPerWeek", 30);

        FactForm form = fields.formFor(OFFENCE, offence, LocalDate.of(2026, 6, 2));

        assertThat(form.getValues()).containsEntry("offence", "Theft").containsEntry("disposal", "CAUTION");
        assertThat(form.getDates().get("offenceDate").getMonth()).isEqualTo("5");
        assertThat(form.getOccurredOn().getDay()).isEqualTo("2");
        assertThat(fields.formFor(JOB, job, LocalDate.of(2026, 6, 2)).getValues())
                .containsEntry("hoursPerWeek", "30");
    }

    @Test
    void sendsKeyStage4GradesWithTheKeyStage2ResultsLeftOut() {
        FactForm form = new FactForm();
        form.getValues().put("keyStage", "KEY_STAGE_4");
        form.getValues().put("englishGrade", "5");
        form.getValues().put("mathsGrade", "4");
        form.getValues().put("freeSchoolMeals", "false");
        BindingResult errors = errors(form);

        Map<String, Object> fact = fields.toFact(ATTAINMENT, form, errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(fact)
                .containsEntry("englishGrade", 5)
                .containsEntry("mathsGrade", 4)
                .containsEntry("reading", null)
                .containsEntry("writing", null)
                .containsEntry("maths", null)
                .containsEntry("freeSchoolMeals", false);
        assertThat(fields.fields(ATTAINMENT))
                .extracting(FieldView::label)
                .contains("Reading (key stage 2)", "English grade, 9 to 1 (key stage 4)");
    }

    private static BindingResult errors(FactForm form) {
        return new BeanPropertyBindingResult(form, "form");
    }

    private static DateInput typed(String day, String month, String year) {
        DateInput date = new DateInput();
        date.setDay(day);
        date.setMonth(month);
        date.setYear(year);
        return date;
    }
}
