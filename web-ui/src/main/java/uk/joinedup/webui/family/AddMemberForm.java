package uk.joinedup.webui.family;

import jakarta.validation.constraints.NotBlank;
import uk.joinedup.webui.govuk.DateInput;

/** What the "add a member" page posts: how the person belongs to the household, and since when, with the version of the family the user saw. */
public class AddMemberForm implements VersionedForm {

    @NotBlank(message = "{member.relationship.missing}")
    private String relationship;

    private DateInput joinedOn = new DateInput();

    private long expectedVersion;

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public DateInput getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(DateInput joinedOn) {
        this.joinedOn = joinedOn;
    }

    public long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
