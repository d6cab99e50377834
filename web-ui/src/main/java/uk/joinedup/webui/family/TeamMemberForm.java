package uk.joinedup.webui.family;

import jakarta.validation.constraints.Size;

/**
 * What the "ask to join the team" and "add a colleague" pages post: who (when adding a colleague), why
 * (when asking), their role and contact, and (when adding) the version of the family the user saw.
 */
public class TeamMemberForm implements VersionedForm {

    private String username;

    @Size(max = 1000, message = "{team.ask.reason.tooLong}")
    private String reason;

    @Size(max = 100, message = "{team.role.tooLong}")
    private String role;

    @Size(max = 100, message = "{team.contact.tooLong}")
    private String contact;

    private long expectedVersion;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
