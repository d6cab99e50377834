package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A compact or parenting contract was agreed with the family, personal to them.
 *
 * @param kind compact or parenting contract
 * @param terms what was agreed
 */
@FactKind(
        category = InformationCategory.FAMILY,
        recordableBy = {
            AgencyKind.EARLY_HELP,
            AgencyKind.CHILDRENS_SOCIAL_CARE,
            AgencyKind.EDUCATION,
            AgencyKind.HOUSING,
            AgencyKind.YOUTH_OFFENDING
        })
public record CompactAgreed(
        @NotNull(message = "Select compact or parenting contract") CompactKind kind,
        @NotBlank(message = "Enter what was agreed")
                @Size(max = 2000, message = "What was agreed must be 2,000 characters or fewer")
                String terms)
        implements AgencyFact {}
