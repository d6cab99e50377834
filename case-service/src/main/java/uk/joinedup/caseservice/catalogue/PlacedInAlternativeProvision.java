package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child was placed in a pupil referral unit or other alternative provision.
 *
 * @param provision a pupil referral unit or other alternative provision
 * @param reason why they were placed there
 */
@FactKind(
        category = InformationCategory.EDUCATION,
        recordableBy = {AgencyKind.EDUCATION})
public record PlacedInAlternativeProvision(
        @NotNull(message = "Select the kind of provision") AlternativeProvision provision,
        @NotNull(message = "Select why they were placed there") PlacementReason reason)
        implements AgencyFact {}
