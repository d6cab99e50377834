package uk.joinedup.webui.emergency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the "get emergency access" page posts: why, from the list, and an explanation. */
public class BreakGlassForm {

    @NotBlank(message = "{emergency.reason.missing}")
    private String reason;

    @NotBlank(message = "{emergency.explanation.missing}")
    @Size(max = 2000, message = "{emergency.explanation.tooLong}")
    private String explanation;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
