package uk.joinedup.webui.family;

import jakarta.validation.constraints.NotBlank;

/** What the appoint and hand over pages post: the team member, a handover note, and the version of the family they saw. */
public class LeadForm implements VersionedForm {

    @NotBlank(message = "{lead.userId.missing}")
    private String userId;

    private String note;

    private long expectedVersion;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
