package uk.joinedup.webui.identification;

import org.springframework.validation.BindingResult;
import uk.joinedup.webui.caseservice.CandidateDecision;

/** What deciding on a candidate posts: the decision ({@code REFER}, {@code NOT_NOW}, {@code NOT_ELIGIBLE}) and why. */
public class DecisionForm {

    /** The longest reason case-service takes. */
    static final int MOST_CHARACTERS = 500;

    private String decision;
    private String reason;

    /** The decision to send, or null with what is wrong put on the form. */
    CandidateDecision validate(BindingResult errors) {
        CandidateDecision.Decision chosen = chosen();
        if (chosen == null) {
            errors.rejectValue("decision", "identification.decision.missing");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.rejectValue("reason", "identification.reason.missing");
        } else if (why.length() > MOST_CHARACTERS) {
            errors.rejectValue("reason", "identification.reason.tooLong", new Object[] {MOST_CHARACTERS}, null);
        }
        return errors.hasErrors() ? null : new CandidateDecision(chosen, why);
    }

    /** The decision chosen, or null when none (or none case-service knows) was. */
    CandidateDecision.Decision chosen() {
        if (decision == null) {
            return null;
        }
        for (CandidateDecision.Decision one : CandidateDecision.Decision.values()) {
            if (one.name().equals(decision)) {
                return one;
            }
        }
        return null;
    }

    /** case-service's refusals by code against this form's fields: the reason's rules against the reason. */
    static String refusedField(String code) {
        return switch (code) {
            case "reason-required", "reason-too-long", "already-decided" -> "reason";
            default -> null;
        };
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
