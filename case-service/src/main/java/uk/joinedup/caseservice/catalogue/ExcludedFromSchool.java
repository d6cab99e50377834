package uk.joinedup.caseservice.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child was excluded from school.
 *
 * @param exclusion fixed-term or permanent
 * @param days days, for a fixed-term exclusion
 */
@FactKind(
        category = InformationCategory.EDUCATION,
        recordableBy = {AgencyKind.EDUCATION})
public record ExcludedFromSchool(
        @NotNull(message = "Select the kind of exclusion") ExclusionType exclusion,
        @Min(value = 1, message = "Days must be at least 1")
                @Max(value = 45, message = "A fixed-term exclusion lasts 45 days or fewer")
                Integer days)
        implements AgencyFact {

    @JsonIgnore
    @AssertTrue(message = "Enter the number of days for a fixed-term exclusion")
    public boolean isDaysGivenForFixedTerm() {
        return exclusion != ExclusionType.FIXED_TERM || days != null;
    }
}
