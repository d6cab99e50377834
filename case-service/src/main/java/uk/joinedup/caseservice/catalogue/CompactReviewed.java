package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A compact or parenting contract was reviewed with the family (seed 003, 888-896: what each party said it would do,
 * and whether it did).
 *
 * @param kept whether the family and the services kept to it
 * @param notes what the review found
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
public record CompactReviewed(
        @NotNull(message = "Select compact or parenting contract") CompactKind kind,
        @NotNull(message = "Select yes if it was kept to") Boolean kept,
        @NotBlank(message = "Enter what the review found")
                @Size(max = 2000, message = "What the review found must be 2,000 characters or fewer")
                String notes)
        implements AgencyFact {}
