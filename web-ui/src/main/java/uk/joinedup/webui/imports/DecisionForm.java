package uk.joinedup.webui.imports;

import org.springframework.validation.BindingResult;
import uk.joinedup.webui.caseservice.RowDecision;

/**
 * What deciding a row of the review queue posts: {@code choice} is a suggested person's id, {@link #OTHER} (the
 * person whose id is {@code otherPersonId}), {@link #NEW_PERSON} or {@link #SKIP}.
 */
public class DecisionForm {

    static final String OTHER = "OTHER";
    static final String NEW_PERSON = "NEW_PERSON";
    static final String SKIP = "SKIP";

    private String choice;
    private String otherPersonId;

    /** The decision to send, or null with the reasons put on the form. */
    RowDecision validate(BindingResult errors) {
        String chosen = blankToNull(choice);
        if (chosen == null) {
            errors.rejectValue("choice", "imports.decision.missing");
            return null;
        }
        return switch (chosen) {
            case NEW_PERSON -> RowDecision.newPerson();
            case SKIP -> RowDecision.skip();
            case OTHER -> {
                String other = blankToNull(otherPersonId);
                if (other == null) {
                    errors.rejectValue("otherPersonId", "imports.decision.otherMissing");
                    yield null;
                }
                yield RowDecision.match(other);
            }
            default -> RowDecision.match(chosen);
        };
    }

    /** case-service's field names as this form's: the person is the one typed in, or the one chosen. */
    String formField(String field) {
        if ("personId".equals(field)) {
            return OTHER.equals(choice) ? "otherPersonId" : "choice";
        }
        return "decision".equals(field) ? "choice" : field;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getOtherPersonId() {
        return otherPersonId;
    }

    public void setOtherPersonId(String otherPersonId) {
        this.otherPersonId = otherPersonId;
    }
}
