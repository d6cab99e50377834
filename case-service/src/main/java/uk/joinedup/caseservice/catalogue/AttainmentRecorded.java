package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child's attainment at key stage 2 or 4, with their free-school-meals status.
 *
 * @param keyStage key stage 2 or 4
 * @param metExpectedStandard whether they met the expected standard in English and maths ("the Basics" at key stage 4)
 * @param freeSchoolMeals whether they were eligible for free school meals
 */
@FactKind(
        category = InformationCategory.EDUCATION,
        recordableBy = {AgencyKind.EDUCATION})
public record AttainmentRecorded(
        @NotNull(message = "Select the key stage") KeyStage keyStage,
        boolean metExpectedStandard,
        boolean freeSchoolMeals)
        implements AgencyFact {}
