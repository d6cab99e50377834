package uk.joinedup.caseservice.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import java.util.Objects;
import java.util.stream.Stream;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child's results at key stage 2 or 4, with their free-school-meals status at the time: at key stage 2
 * whether they met the expected standard in reading, writing and maths; at key stage 4 their grades (9 to 1)
 * in English and maths. The education indicator compares them for children on free school meals and others.
 *
 * @param keyStage key stage 2 or 4
 * @param reading key stage 2 reading
 * @param writing key stage 2 writing
 * @param maths key stage 2 maths
 * @param englishGrade key stage 4 English, 9 (highest) to 1
 * @param mathsGrade key stage 4 maths, 9 (highest) to 1
 * @param freeSchoolMeals whether they were eligible for free school meals at the time
 * @param metExpectedStandardOverall only on records made before results were recorded by subject (revision 1
 *     of the person events): whether they met the expected standard in English and maths ("the Basics" at key
 *     stage 4); null on every record since
 */
@FactKind(
        category = InformationCategory.EDUCATION,
        recordableBy = {AgencyKind.EDUCATION})
public record AttainmentRecorded(
        @NotNull(message = "Select the key stage") KeyStage keyStage,
        ExpectedStandard reading,
        ExpectedStandard writing,
        ExpectedStandard maths,
        @Min(value = 1, message = "The English grade must be from 9 to 1")
                @Max(value = 9, message = "The English grade must be from 9 to 1")
                Integer englishGrade,
        @Min(value = 1, message = "The maths grade must be from 9 to 1")
                @Max(value = 9, message = "The maths grade must be from 9 to 1")
                Integer mathsGrade,
        boolean freeSchoolMeals,
        @NotAsked @Null(message = "Record the results by subject") Boolean metExpectedStandardOverall)
        implements AgencyFact {

    /** Key stage 2 results in reading, writing and maths. */
    public static AttainmentRecorded keyStage2(
            ExpectedStandard reading, ExpectedStandard writing, ExpectedStandard maths, boolean freeSchoolMeals) {
        return new AttainmentRecorded(KeyStage.KEY_STAGE_2, reading, writing, maths, null, null, freeSchoolMeals, null);
    }

    /** Key stage 4 grades in English and maths. */
    public static AttainmentRecorded keyStage4(int englishGrade, int mathsGrade, boolean freeSchoolMeals) {
        return new AttainmentRecorded(
                KeyStage.KEY_STAGE_4, null, null, null, englishGrade, mathsGrade, freeSchoolMeals, null);
    }

    @JsonIgnore
    @AssertTrue(
            message = "For key stage 2, select whether they met the expected standard in reading, writing and"
                    + " maths, and give no grades")
    public boolean isKeyStage2ResultsGiven() {
        return keyStage != KeyStage.KEY_STAGE_2
                || metExpectedStandardOverall != null
                || Stream.of(reading, writing, maths).allMatch(Objects::nonNull)
                        && englishGrade == null
                        && mathsGrade == null;
    }

    @JsonIgnore
    @AssertTrue(message = "For key stage 4, enter the grades in English and maths, and no key stage 2 results")
    public boolean isKeyStage4GradesGiven() {
        return keyStage != KeyStage.KEY_STAGE_4
                || metExpectedStandardOverall != null
                || englishGrade != null
                        && mathsGrade != null
                        && Stream.of(reading, writing, maths).allMatch(Objects::isNull);
    }
}
