package uk.joinedup.webui.person;

import uk.joinedup.webui.govuk.DateForm;

/** What the "record a death" page posts: the date, and the version of the person's record the user saw. */
public class DeathForm extends DateForm {

    private long expectedVersion;

    public long getExpectedVersion() {
        return expectedVersion;
    }

    public void setExpectedVersion(long expectedVersion) {
        this.expectedVersion = expectedVersion;
    }
}
