package uk.joinedup.webui.family;

import jakarta.validation.constraints.NotBlank;
import uk.joinedup.webui.govuk.DateInput;

/** What the "accept the referral" page posts: whom to allocate the family to (a username, or {@code none}), with the version of the family the user saw. */
public class AcceptReferralForm implements VersionedForm {

    @NotBlank(message = "{referral.allocateTo.missing}")
    private String allocateTo;

    private DateInput acceptedOn = new DateInput();

    private long expectedVersion;

    public String getAllocateTo() {
        return allocateTo;
    }

    public void setAllocateTo(String allocateTo) {
        this.allocateTo = allocateTo;
    }

    public DateInput getAcceptedOn() {
        return acceptedOn;
    }

    public void setAcceptedOn(DateInput acceptedOn) {
        this.acceptedOn = acceptedOn;
    }

    public long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
