package uk.joinedup.caseservice.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child's attendance for a school term: every session missed counts, authorised or not. A child has one
 * attendance record a term: recording the same academic year and term again corrects the earlier one.
 *
 * @param academicYear e.g. 2025/26: two consecutive years
 * @param term which term
 * @param sessionsPossible sessions the school was open
 * @param authorisedAbsences sessions missed with permission
 * @param unauthorisedAbsences sessions missed without permission
 */
@FactKind(
        category = InformationCategory.EDUCATION,
        recordableBy = {AgencyKind.EDUCATION})
public record TermAttendanceRecorded(
        @NotBlank(message = "Enter the academic year")
                @AcademicYear
                @Size(max = 7, message = "Enter the academic year like 2025/26")
                String academicYear,
        @NotNull(message = "Select the term") Term term,
        @Min(value = 1, message = "Sessions possible must be at least 1")
                @Max(value = MOST_SESSIONS, message = "Sessions possible must be 200 or fewer")
                int sessionsPossible,
        @Min(value = 0, message = "Authorised absences cannot be negative")
                @Max(value = MOST_SESSIONS, message = "Authorised absences must be 200 or fewer")
                int authorisedAbsences,
        @Min(value = 0, message = "Unauthorised absences cannot be negative")
                @Max(value = MOST_SESSIONS, message = "Unauthorised absences must be 200 or fewer")
                int unauthorisedAbsences)
        implements AgencyFact {

    /** More sessions than a school year has (190 days, two sessions each, split over three terms). */
    static final int MOST_SESSIONS = 200;

    @JsonIgnore
    @AssertTrue(message = "Absences cannot be more than the sessions possible")
    public boolean isWithinSessionsPossible() {
        // in long: two ints near the limit must not wrap round to a small sum that passes
        return (long) authorisedAbsences + unauthorisedAbsences <= sessionsPossible;
    }
}
