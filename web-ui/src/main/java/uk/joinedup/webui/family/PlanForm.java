package uk.joinedup.webui.family;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import uk.joinedup.webui.govuk.DateInput;

/**
 * What the support plan page posts: up to {@value #GOALS} goals of up to {@value #ACTIONS} actions each
 * (rows left blank are not part of the plan), the next review date, and the version of the family the
 * user saw.
 */
public class PlanForm implements VersionedForm {

    static final int GOALS = 3;
    static final int ACTIONS = 3;

    private List<Goal> goals = new ArrayList<>();
    private DateInput nextReviewOn = new DateInput();
    private long expectedVersion;

    /** A form with every goal and action row, blank. */
    static PlanForm blank(long expectedVersion) {
        PlanForm form = new PlanForm();
        form.expectedVersion = expectedVersion;
        form.fillRows();
        return form;
    }

    /** Adds the rows a posted form left out, so that every row can be shown again. */
    void fillRows() {
        while (goals.size() < GOALS) {
            goals.add(new Goal());
        }
        goals.forEach(goal -> {
            while (goal.actions.size() < ACTIONS) {
                goal.actions.add(new Action());
            }
        });
    }

    public List<Goal> getGoals() {
        return goals;
    }

    public void setGoals(List<Goal> goals) {
        this.goals = goals;
    }

    public DateInput getNextReviewOn() {
        return nextReviewOn;
    }

    public void setNextReviewOn(DateInput nextReviewOn) {
        this.nextReviewOn = nextReviewOn;
    }

    public long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }

    /** A goal: the need it answers, what it is, and its actions. */
    public static class Goal {

        private String need;
        private String description;
        private List<Action> actions = new ArrayList<>();

        boolean blank() {
            return isBlank(need) && isBlank(description) && actions.stream().allMatch(Action::blank);
        }

        public String getNeed() {
            return need;
        }

        public void setNeed(String need) {
            this.need = need;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public List<Action> getActions() {
            return actions;
        }

        public void setActions(List<Action> actions) {
            this.actions = actions;
        }
    }

    /** An action: what, which agency owns it (and who, optionally), and when it is due. */
    public static class Action {

        private String description;
        private String ownerAgency;
        private String ownerName;
        private DateInput dueOn = new DateInput();

        boolean blank() {
            return Stream.of(description, ownerAgency, ownerName).allMatch(PlanForm::isBlank) && dueOn.blank();
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwnerAgency() {
            return ownerAgency;
        }

        public void setOwnerAgency(String ownerAgency) {
            this.ownerAgency = ownerAgency;
        }

        public String getOwnerName() {
            return ownerName;
        }

        public void setOwnerName(String ownerName) {
            this.ownerName = ownerName;
        }

        public DateInput getDueOn() {
            return dueOn;
        }

        public void setDueOn(DateInput dueOn) {
            this.dueOn = dueOn;
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
