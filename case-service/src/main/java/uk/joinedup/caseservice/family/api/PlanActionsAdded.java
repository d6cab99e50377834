package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Actions were added to the current plan, each for one of its goals (the actions arising from a case conference).
 *
 * @param conferenceId the conference they arose from
 */
@Revision("1")
public record PlanActionsAdded(
        FamilyId familyId, PlanId planId, List<PlanAction> actions, LocalDate addedOn, ConferenceId conferenceId)
        implements FamilyEvent {}
