package uk.joinedup.webui.subjectaccess;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the "release a redacted item" and "close the request" pages post: the officer's words (the note, or the
 * reason) and the version of the request the page was built from.
 */
public class DecisionForm {

    private long version;

    @NotBlank(message = "{subjectAccess.words.missing}")
    @Size(max = 500, message = "{subjectAccess.words.tooLong}")
    private String words;

    /** The form field a refusal of case-service is about, or null when it is about the whole form. */
    static String refusedField(String code) {
        return "override-note-required".equals(code) || "reason-required".equals(code) ? "words" : null;
    }

    /** case-service's field names are {@code note} and {@code reason}; the form's is {@code words}. */
    static String formField(String field) {
        return "note".equals(field) || "reason".equals(field) ? "words" : field;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
