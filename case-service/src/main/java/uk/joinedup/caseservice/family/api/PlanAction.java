package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import uk.joinedup.caseservice.agency.AgencyId;

/**
 * An action in a support plan.
 *
 * @param goalId the goal it serves
 * @param description what will be done
 * @param ownerAgency the agency responsible
 * @param ownerName who is responsible (a practitioner or a family member), may be null
 * @param dueOn when it is due
 */
public record PlanAction(
        ActionId actionId,
        GoalId goalId,
        String description,
        AgencyId ownerAgency,
        String ownerName,
        LocalDate dueOn) {}
