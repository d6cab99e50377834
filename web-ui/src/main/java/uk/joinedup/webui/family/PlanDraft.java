package uk.joinedup.webui.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.caseservice.Families;
import uk.joinedup.webui.caseservice.NeedDomain;

/**
 * The plan a {@link PlanForm} describes: only the goal and action rows the user filled in, so that the
 * request's {@code goals[1].actions[0]} may be the form's {@code goals[2].actions[1]}. Keeps the way back,
 * to put case-service's field messages against the rows they are about.
 */
final class PlanDraft {

    private static final Pattern GOAL = Pattern.compile("goals\\[(\\d+)](.*)");
    private static final Pattern ACTION = Pattern.compile("\\.actions\\[(\\d+)](.*)");

    private final Families.PlanRequest request;
    private final List<Integer> goalRows;
    private final List<List<Integer>> actionRows;

    private PlanDraft(Families.PlanRequest request, List<Integer> goalRows, List<List<Integer>> actionRows) {
        this.request = request;
        this.goalRows = goalRows;
        this.actionRows = actionRows;
    }

    /** The plan in the form; dates that are not real dates are errors against their fields. */
    static PlanDraft of(PlanForm form, BindingResult errors) {
        List<Families.GoalRequest> goals = new ArrayList<>();
        List<Integer> goalRows = new ArrayList<>();
        List<List<Integer>> actionRows = new ArrayList<>();
        for (int g = 0; g < form.getGoals().size(); g++) {
            PlanForm.Goal goal = form.getGoals().get(g);
            if (goal.blank()) {
                continue;
            }
            List<Families.ActionRequest> actions = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int a = 0; a < goal.getActions().size(); a++) {
                PlanForm.Action action = goal.getActions().get(a);
                if (action.blank()) {
                    continue;
                }
                LocalDate dueOn = action.getDueOn()
                        .validate(
                                "goals[" + g + "].actions[" + a + "].dueOn",
                                new DefaultMessageSourceResolvable("plan.action.dueOn"),
                                null,
                                null,
                                errors);
                actions.add(new Families.ActionRequest(
                        strip(action.getDescription()),
                        strip(action.getOwnerAgency()),
                        strip(action.getOwnerName()),
                        dueOn));
                rows.add(a);
            }
            goals.add(new Families.GoalRequest(need(goal.getNeed()), strip(goal.getDescription()), actions));
            goalRows.add(g);
            actionRows.add(rows);
        }
        LocalDate nextReviewOn = form.getNextReviewOn()
                .validate("nextReviewOn", new DefaultMessageSourceResolvable("plan.nextReviewOn"), null, null, errors);
        return new PlanDraft(
                new Families.PlanRequest(goals, nextReviewOn, form.getExpectedVersion(), null), goalRows, actionRows);
    }

    Families.PlanRequest request() {
        return request;
    }

    /**
     * The form field a field of the request is: {@code goals[1].actions[0].dueOn} becomes the row the
     * user typed it in, e.g. {@code goals[2].actions[1].dueOn}; fields that are not the form's are null.
     */
    String formField(String apiField) {
        Matcher goal = GOAL.matcher(apiField);
        if (!goal.matches()) {
            return apiField.equals("goals") || apiField.equals("nextReviewOn") ? apiField : null;
        }
        int g = Integer.parseInt(goal.group(1));
        if (g >= goalRows.size()) {
            return null;
        }
        String rest = goal.group(2);
        Matcher action = ACTION.matcher(rest);
        if (action.matches()) {
            int a = Integer.parseInt(action.group(1));
            List<Integer> rows = actionRows.get(g);
            return a < rows.size()
                    ? "goals[" + goalRows.get(g) + "].actions[" + rows.get(a) + "]" + action.group(2)
                    : null;
        }
        return "goals[" + goalRows.get(g) + "]" + rest;
    }

    private static NeedDomain need(String value) {
        return Arrays.stream(NeedDomain.values())
                .filter(domain -> domain.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
