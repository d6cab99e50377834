package uk.joinedup.webui.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;
import uk.joinedup.webui.caseservice.ConferenceKind;
import uk.joinedup.webui.caseservice.Conferences;
import uk.joinedup.webui.govuk.DateInput;

/**
 * What the "record a case conference" page posts: whether it was a case conference or a panel, the day it was
 * held, the team members who were there (ticked) and up to {@value #OTHERS} other practitioners from the staff
 * directory, who of the family was there, its decisions (one a line), the lead professional it agreed ({@value
 * #NO_CHANGE} for none) and up to {@value #ACTIONS} actions arising (rows left blank are none).
 */
public class ConferenceForm {

    static final int OTHERS = 3;
    static final int ACTIONS = 3;
    static final int MOST_ATTENDEES = 20;
    static final int MOST_DECISIONS = 20;
    static final int DECISION_MAX = 1000;
    static final int FAMILY_PRESENT_MAX = 500;
    static final int ACTION_MAX = 500;
    static final int OWNER_NAME_MAX = 100;

    /** The lead professional's option that agrees nobody: the lead stays who it is. */
    static final String NO_CHANGE = "none";

    /** case-service's refusals that are about one field, by rule code. */
    private static final Map<String, String> REFUSED_FIELDS = Map.of(
            "not-on-team", "leadProfessionalAgreed",
            "another-lead-in-post", "leadProfessionalAgreed",
            "not-in-staff-directory", "attendees",
            "conference-without-agencies", "attendees",
            "decisions-required", "decisions",
            "dated-in-future", "heldOn");

    private static final Pattern LISTED = Pattern.compile("(attendees|decisions)\\[\\d+]");
    private static final Pattern ACTION = Pattern.compile("actions\\[(\\d+)](.*)");

    private String kind;
    private DateInput heldOn = new DateInput();
    private List<String> attendees = new ArrayList<>();
    private List<String> others = new ArrayList<>();
    private String familyPresent;
    private String decisions;
    private String leadProfessionalAgreed = NO_CHANGE;
    private List<Action> actions = new ArrayList<>();

    /** A form held today, agreeing no lead professional, with every row blank. */
    static ConferenceForm blank(DateInput today) {
        ConferenceForm form = new ConferenceForm();
        form.heldOn = today;
        form.fillRows();
        return form;
    }

    /** Adds the rows a posted form left out, so that every row can be shown again. */
    void fillRows() {
        while (others.size() < OTHERS) {
            others.add("");
        }
        while (actions.size() < ACTIONS) {
            actions.add(new Action());
        }
    }

    /**
     * The conference, checked as far as web-ui can (a kind chosen, a real day not after {@code today}, someone
     * there, at least one decision, each action row complete): in the order of the page, each problem against its
     * field; null if there is any.
     */
    Conferences.ConferenceRequest toRequest(LocalDate today, Errors errors) {
        ConferenceKind meeting = FamilyPages.option(ConferenceKind.class, kind);
        if (meeting == null) {
            errors.rejectValue("kind", "conference.kind.missing");
        }
        LocalDate day = heldOn.validate("heldOn", "conference.heldOn", today, errors);
        List<String> present = present();
        if (present.isEmpty()) {
            errors.rejectValue("attendees", "conference.attendees.missing");
        } else if (present.size() > MOST_ATTENDEES) {
            errors.rejectValue("attendees", "conference.attendees.tooMany");
        }
        if (!BudgetText.blank(familyPresent) && familyPresent.strip().length() > FAMILY_PRESENT_MAX) {
            errors.rejectValue("familyPresent", "conference.familyPresent.tooLong");
        }
        List<String> decided = decisions();
        if (decided.isEmpty()) {
            errors.rejectValue("decisions", "conference.decisions.missing");
        } else if (decided.size() > MOST_DECISIONS) {
            errors.rejectValue("decisions", "conference.decisions.tooMany");
        } else if (decided.stream().anyMatch(decision -> decision.length() > DECISION_MAX)) {
            errors.rejectValue("decisions", "conference.decisions.tooLong");
        }
        List<Conferences.ActionArisingRequest> arising = new ArrayList<>();
        for (int row : actionRows()) {
            arising.add(actions.get(row).toRequest("actions[" + row + "]", errors));
        }
        return errors.hasErrors()
                ? null
                : new Conferences.ConferenceRequest(
                        meeting, day, present, blankToNull(familyPresent), decided, agreedLead(), arising);
    }

    /**
     * The form field a field of case-service's request is: an action's field is that of the row the user typed
     * it in ({@code actions[0].dueOn} may be {@code actions[2].dueOn}); an attendee or decision is the list's
     * field; null for what the form has no field for.
     */
    String formField(String apiField) {
        Matcher listed = LISTED.matcher(apiField);
        if (listed.matches()) {
            return listed.group(1);
        }
        Matcher action = ACTION.matcher(apiField);
        if (action.matches()) {
            int sent = Integer.parseInt(action.group(1));
            List<Integer> rows = actionRows();
            return sent < rows.size() ? "actions[" + rows.get(sent) + "]" + action.group(2) : null;
        }
        return List.of("kind", "heldOn", "attendees", "familyPresent", "decisions", "leadProfessionalAgreed")
                        .contains(apiField)
                ? apiField
                : null;
    }

    /** The form field a refusal of case-service is about, or null when it is about the whole conference. */
    static String refusedField(String code) {
        return REFUSED_FIELDS.get(code);
    }

    /** The practitioners there, by username: the team members ticked, then the others chosen, each once. */
    List<String> present() {
        return Stream.concat(attendees.stream(), others.stream())
                .filter(username -> !BudgetText.blank(username))
                .map(String::strip)
                .distinct()
                .toList();
    }

    /** The decisions, one a line, blank lines left out. */
    List<String> decisions() {
        if (decisions == null) {
            return List.of();
        }
        return Arrays.stream(decisions.split("\\R"))
                .map(String::strip)
                .filter(decision -> !decision.isEmpty())
                .toList();
    }

    /** The rows of actions the user filled in, by index. */
    private List<Integer> actionRows() {
        return IntStream.range(0, actions.size())
                .filter(row -> !actions.get(row).blank())
                .boxed()
                .toList();
    }

    private String agreedLead() {
        return BudgetText.blank(leadProfessionalAgreed) || NO_CHANGE.equals(leadProfessionalAgreed)
                ? null
                : leadProfessionalAgreed.strip();
    }

    private static String blankToNull(String value) {
        return BudgetText.blank(value) ? null : value.strip();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public DateInput getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(DateInput heldOn) {
        this.heldOn = heldOn;
    }

    public List<String> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<String> attendees) {
        this.attendees = attendees;
    }

    public List<String> getOthers() {
        return others;
    }

    public void setOthers(List<String> others) {
        this.others = others;
    }

    public String getFamilyPresent() {
        return familyPresent;
    }

    public void setFamilyPresent(String familyPresent) {
        this.familyPresent = familyPresent;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public String getLeadProfessionalAgreed() {
        return leadProfessionalAgreed;
    }

    public void setLeadProfessionalAgreed(String leadProfessionalAgreed) {
        this.leadProfessionalAgreed = leadProfessionalAgreed;
    }

    public List<Action> getActions() {
        return actions;
    }

    public void setActions(List<Action> actions) {
        this.actions = actions;
    }

    /**
     * An action arising: the goal of the plan it is for, and as a plan's action what, which agency of the team owns it
     * (and who) and when it is due.
     */
    public static class Action extends PlanForm.Action {

        private String goalId;

        @Override
        boolean blank() {
            return BudgetText.blank(goalId) && super.blank();
        }

        /** The action, each problem against its field under {@code row}. */
        Conferences.ActionArisingRequest toRequest(String row, Errors errors) {
            if (BudgetText.blank(goalId)) {
                errors.rejectValue(row + ".goalId", "conference.action.goalId.missing");
            }
            BudgetText.require(
                    getDescription(), ACTION_MAX, row + ".description", "conference.action.description", errors);
            if (BudgetText.blank(getOwnerAgency())) {
                errors.rejectValue(row + ".ownerAgency", "conference.action.ownerAgency.missing");
            }
            if (!BudgetText.blank(getOwnerName()) && getOwnerName().strip().length() > OWNER_NAME_MAX) {
                errors.rejectValue(row + ".ownerName", "conference.action.ownerName.tooLong");
            }
            LocalDate due = getDueOn()
                    .validate(
                            row + ".dueOn",
                            new DefaultMessageSourceResolvable("conference.action.dueOn.label"),
                            new DefaultMessageSourceResolvable("conference.action.dueOn.missing"),
                            null,
                            errors);
            return new Conferences.ActionArisingRequest(
                    blankToNull(goalId),
                    blankToNull(getDescription()),
                    blankToNull(getOwnerAgency()),
                    blankToNull(getOwnerName()),
                    due);
        }

        public String getGoalId() {
            return goalId;
        }

        public void setGoalId(String goalId) {
            this.goalId = goalId;
        }
    }
}
