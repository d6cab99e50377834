package uk.joinedup.caseservice.family.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A support plan was agreed; it replaces any earlier plan. */
@Revision("1")
public record SupportPlanAgreed(
        FamilyId familyId,
        PlanId planId,
        List<Goal> goals,
        List<PlanAction> actions,
        LocalDate nextReviewOn,
        LocalDate agreedOn)
        implements FamilyEvent {

    public SupportPlanAgreed {
        goals = List.copyOf(goals);
        actions = List.copyOf(actions);
    }
}
