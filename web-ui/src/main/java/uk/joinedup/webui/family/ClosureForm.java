package uk.joinedup.webui.family;

import jakarta.validation.constraints.NotBlank;

/** What the "close the case" page posts, with the version of the family the user saw. */
public class ClosureForm implements VersionedForm {

    @NotBlank(message = "{closure.reason.missing}")
    private String reason;

    private String outcomeSummary;

    private boolean overrideOpenActions;

    private long expectedVersion;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOutcomeSummary() {
        return outcomeSummary;
    }

    public void setOutcomeSummary(String outcomeSummary) {
        this.outcomeSummary = outcomeSummary;
    }

    public boolean isOverrideOpenActions() {
        return overrideOpenActions;
    }

    public void setOverrideOpenActions(boolean overrideOpenActions) {
        this.overrideOpenActions = overrideOpenActions;
    }

    public long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
