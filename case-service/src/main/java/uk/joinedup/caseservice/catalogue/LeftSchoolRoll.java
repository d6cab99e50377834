package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * A child came off a school roll and is on no other school's: from this day until {@link RejoinedSchoolRoll}
 * they are not on a school roll. A move from one school to another is not recorded.
 *
 * @param reason why
 */
@FactKind(
        category = InformationCategory.EDUCATION,
        recordableBy = {AgencyKind.EDUCATION})
public record LeftSchoolRoll(@NotNull(message = "Select why they came off the roll") OffRollReason reason)
        implements AgencyFact {}
