package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A compact or parenting contract was breached, and the consequence it named was applied (seed 003, 876-890: support
 * with sanctions, the consequence made clear beforehand).
 *
 * @param breach what was not kept to
 * @param consequence what was done about it (e.g. a warning, a parenting order applied for)
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
public record CompactBreached(
        @NotNull(message = "Select compact or parenting contract") CompactKind kind,
        @NotBlank(message = "Enter what was not kept to")
                @Size(max = 1000, message = "What was not kept to must be 1,000 characters or fewer")
                String breach,
        @NotBlank(message = "Enter the consequence applied")
                @Size(max = 1000, message = "The consequence must be 1,000 characters or fewer")
                String consequence)
        implements AgencyFact {}
