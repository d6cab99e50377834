package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person entered drug or alcohol treatment. The treatment indicator follows those first entering
 * treatment, so the start says whether it was their first.
 *
 * @param substance what the treatment is for
 * @param firstTreatment whether this is the first time they have been in treatment (as far as the service
 *     knows, e.g. from the national drug treatment monitoring system); null on starts recorded before it was
 *     asked (revision 1 of the person events)
 */
@FactKind(
        category = InformationCategory.SUBSTANCE_MISUSE,
        recordableBy = {AgencyKind.HEALTH})
public record TreatmentStarted(
        @NotNull(message = "Select what the treatment is for") Substance substance,
        @NotNull(message = "Select yes if this is their first time in treatment") Boolean firstTreatment)
        implements AgencyFact {}
