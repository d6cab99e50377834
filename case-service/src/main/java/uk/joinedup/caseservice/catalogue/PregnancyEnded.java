package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person's pregnancy ({@link PregnancyRecorded}) ended, dated when it ended: they are no longer an
 * expectant parent. Whether a baby was born, and nothing more.
 *
 * @param ending how it ended
 */
@FactKind(
        category = InformationCategory.HEALTH,
        recordableBy = {AgencyKind.HEALTH, AgencyKind.EARLY_HELP, AgencyKind.CHILDRENS_SOCIAL_CARE})
public record PregnancyEnded(@NotNull(message = "Select how the pregnancy ended") PregnancyEnding ending)
        implements AgencyFact {}
