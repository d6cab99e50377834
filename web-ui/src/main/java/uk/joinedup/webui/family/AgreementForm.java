package uk.joinedup.webui.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.webui.govuk.DateInput;

/** What the "record the family's agreement" page posts. */
public class AgreementForm {

    @NotBlank(message = "{plan.agreedBy.missing}")
    @Size(max = 200, message = "{plan.agreedBy.tooLong}")
    private String agreedBy;

    private DateInput agreedOn = new DateInput();

    public String getAgreedBy() {
        return agreedBy;
    }

    public void setAgreedBy(String agreedBy) {
        this.agreedBy = agreedBy;
    }

    public DateInput getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(DateInput agreedOn) {
        this.agreedOn = agreedOn;
    }
}
