package uk.joinedup.webui.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the "release the hold" page posts: why the hold no longer applies, and the version seen. */
public class ReleaseForm {

    private long version;

    @NotBlank(message = "{erasures.release.note.missing}")
    @Size(max = 1000, message = "{erasures.note.tooLong}")
    private String note;

    /** The form field a refusal of case-service is about, or null when it is about the whole form. */
    static String refusedField(String code) {
        return "release-note-required".equals(code) ? "note" : null;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
