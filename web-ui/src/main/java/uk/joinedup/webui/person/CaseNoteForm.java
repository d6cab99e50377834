package uk.joinedup.webui.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.webui.govuk.DateInput;

/** What the "add a case note" page posts. */
public class CaseNoteForm {

    private DateInput occurredOn = new DateInput();

    @NotBlank(message = "{caseNote.text.missing}")
    @Size(max = 10000, message = "{caseNote.text.tooLong}")
    private String text;

    public DateInput getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(DateInput occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
