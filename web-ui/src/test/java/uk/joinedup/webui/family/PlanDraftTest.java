package uk.joinedup.webui.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.NeedDomain;
import uk.joinedup.webui.govuk.BundleLabels;
import uk.joinedup.webui.govuk.DateInput;

/** The plan form's rows the user filled in, and case-service's field names back to those rows. */
class PlanDraftTest {

    @Test
    void sendsOnlyTheRowsTheUserFilledIn() {
        PlanForm form = formWithGoalInTheSecondRow();
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        Families.PlanRequest plan = PlanDraft.of(form, errors).request();

        assertThat(errors.hasErrors()).isFalse();
        assertThat(plan.goals()).hasSize(1);
        assertThat(plan.goals().get(0).need()).isEqualTo(NeedDomain.WORK);
        assertThat(plan.goals().get(0).actions())
                .extracting(Families.ActionRequest::description)
                .containsExactly("CV workshop", "Job-search sessions");
        assertThat(plan.goals().get(0).actions().get(1).dueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(plan.nextReviewOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(plan.expectedVersion()).isEqualTo(12);
    }

    @Test
    void putsCaseServiceMessagesAgainstTheRowsTheyAreAbout() {
        PlanForm form = formWithGoalInTheSecondRow();
        PlanDraft draft = PlanDraft.of(form, new BeanPropertyBindingResult(form, "form"));

        assertThat(draft.formField("goals[0].description")).isEqualTo("goals[1].description");
        assertThat(draft.formField("goals[0].actions[0].ownerAgency")).isEqualTo("goals[1].actions[0].ownerAgency");
        assertThat(draft.formField("goals[0].actions[1].dueOn")).isEqualTo("goals[1].actions[2].dueOn");
        assertThat(draft.formField("goals[0].actions")).isEqualTo("goals[1].actions");
        assertThat(draft.formField("goals")).isEqualTo("goals");
        assertThat(draft.formField("nextReviewOn")).isEqualTo("nextReviewOn");
        assertThat(draft.formField("goals[1].description")).isNull();
        assertThat(draft.formField("goals[0].actions[2].dueOn")).isNull();
        assertThat(draft.formField("expectedVersion")).isNull();
    }

    @Test
    void saysWhichDueDateIsNotARealDate() {
        PlanForm form = formWithGoalInTheSecondRow();
        form.getGoals().get(1).getActions().get(2).getDueOn().setDay("31");
        form.getGoals().get(1).getActions().get(2).getDueOn().setMonth("2");
        BindingResult errors = new BeanPropertyBindingResult(form, "form");

        PlanDraft.of(form, errors);

        assertThat(BundleLabels.message(errors.getFieldError("goals[1].actions[2].dueOn.day")))
                .isEqualTo("Due date must be a real date");
    }

    /** Goal row 0 blank; goal row 1 with actions in rows 0 and 2. */
    private static PlanForm formWithGoalInTheSecondRow() {
        PlanForm form = PlanForm.blank(12);
        PlanForm.Goal goal = form.getGoals().get(1);
        goal.setNeed("WORK");
        goal.setDescription("Back in work");
        action(goal.getActions().get(0), "CV workshop", LocalDate.of(2026, 12, 1));
        action(goal.getActions().get(2), "Job-search sessions", LocalDate.of(2027, 1, 15));
        form.setNextReviewOn(DateInput.of(LocalDate.of(2027, 2, 1)));
        return form;
    }

    private static void action(PlanForm.Action action, String description, LocalDate dueOn) {
        action.setDescription(description);
        action.setOwnerAgency("southampton-early-help");
        action.setDueOn(DateInput.of(dueOn));
    }
}
