package uk.joinedup.caseservice.budget.web;

import java.time.Clock;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.budget.api.BudgetStanding;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.GoalId;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.rules.NoSuchRecord;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * What the adapter reads from the family's record before a change reaches its budget: how the actor stands in
 * the case (the budget's stream cannot know who leads it), and that a goal is in its current plan.
 */
@Component
class BudgetStandings {

    private final FamilyRecords families;
    private final Clock clock;

    BudgetStandings(FamilyRecords families, Clock clock) {
        this.families = families;
        this.clock = clock;
    }

    /**
     * How the actor stands for approving an allocation: a team manager of the case first, even if they lead it.
     *
     * @throws NoSuchRecord when there is no such family
     */
    BudgetStanding toApprove(FamilyId familyId, Actor actor) {
        FamilyRecord family = family(familyId);
        if (family.managedBy(Viewer.of(actor, clock.instant()))) {
            return BudgetStanding.CASE_MANAGER;
        }
        return family.ledBy(actor.userId()) ? BudgetStanding.LEAD_PROFESSIONAL : BudgetStanding.NONE;
    }

    /**
     * How the actor stands for spending: the lead professional first, even if they are a team manager of it.
     *
     * @throws NoSuchRecord when there is no such family
     */
    BudgetStanding toSpend(FamilyId familyId, Actor actor) {
        FamilyRecord family = family(familyId);
        if (family.ledBy(actor.userId())) {
            return BudgetStanding.LEAD_PROFESSIONAL;
        }
        return family.managedBy(Viewer.of(actor, clock.instant())) ? BudgetStanding.CASE_MANAGER : BudgetStanding.NONE;
    }

    /**
     * @throws GoalNotInPlan when the family's current plan has no such goal
     */
    void requireGoalInPlan(FamilyId familyId, GoalId goalId) {
        FamilyRecord family = family(familyId);
        if (family.plan() == null
                || family.plan().goals().stream()
                        .noneMatch(goal -> goal.goalId().equals(goalId))) {
            throw new GoalNotInPlan();
        }
    }

    private FamilyRecord family(FamilyId familyId) {
        return families.find(familyId.value()).orElseThrow(NoSuchRecord::new);
    }
}
