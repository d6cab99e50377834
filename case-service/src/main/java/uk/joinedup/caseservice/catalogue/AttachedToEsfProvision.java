package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person was attached to provision funded by the European Social Fund to help them towards work (such as
 * the ESF provision for families with multiple problems), on a referral by a Jobcentre or the council.
 *
 * @param provider the ESF provider
 */
@FactKind(
        category = InformationCategory.EMPLOYMENT_AND_BENEFITS,
        recordableBy = {AgencyKind.JOBCENTRE_PLUS, AgencyKind.EARLY_HELP})
public record AttachedToEsfProvision(
        @NotBlank(message = "Enter the provider")
                @Size(max = 100, message = "The provider must be 100 characters or fewer")
                String provider)
        implements AgencyFact {}
