package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;

/**
 * Agree a support plan (replacing any earlier one).
 *
 * @param expectedVersion the version the user saw, required by the API; an older one is a conflict. Null skips
 *     the check: only for callers inside the service that decide on the family as it is (the demo script)
 */
public record AgreeSupportPlan(
        @TargetAggregateIdentifier FamilyId familyId,
        @TargetAggregateVersion Long expectedVersion,
        PlanId planId,
        List<Goal> goals,
        List<PlanAction> actions,
        LocalDate nextReviewOn,
        LocalDate agreedOn,
        LocalDate recordedOn,
        Standing standing,
        Actor actor)
        implements ActingCommand {}
