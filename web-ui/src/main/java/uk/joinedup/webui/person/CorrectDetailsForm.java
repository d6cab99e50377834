package uk.joinedup.webui.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the "correct details" page posts: the details, why, and the version of the record corrected. */
public class CorrectDetailsForm extends PersonDetailsForm {

    @NotBlank(message = "{person.correction.reason.missing}")
    @Size(max = 500, message = "{person.correction.reason.tooLong}")
    private String reason;

    private long expectedVersion;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
