package uk.joinedup.webui.emergency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the review of an emergency override posts: justified or not ("true" or "false"), and a note. */
public class ReviewForm {

    @NotBlank(message = "{emergency.justified.missing}")
    private String justified;

    @NotBlank(message = "{emergency.note.missing}")
    @Size(max = 2000, message = "{emergency.note.tooLong}")
    private String note;

    boolean isJustified() {
        return Boolean.parseBoolean(justified);
    }

    public String getJustified() {
        return justified;
    }

    public void setJustified(String justified) {
        this.justified = justified;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
