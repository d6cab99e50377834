package uk.joinedup.caseservice.catalogue;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;

/**
 * The person is pregnant, dated when the pregnancy was known, with the expected due date: an expectant parent
 * for Supporting Families until the pregnancy ends ({@link PregnancyEnded}) or the due date has long passed.
 * Nothing else about the pregnancy is recorded.
 *
 * @param dueOn the expected due date
 */
@FactKind(
        category = InformationCategory.HEALTH,
        recordableBy = {AgencyKind.HEALTH, AgencyKind.EARLY_HELP, AgencyKind.CHILDRENS_SOCIAL_CARE})
public record PregnancyRecorded(@NotNull(message = "Enter the expected due date") LocalDate dueOn)
        implements AgencyFact {}
