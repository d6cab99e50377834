package uk.joinedup.webui.person;

/**
 * What the "register a person" page posts: the details, whether the user has already seen the possible
 * duplicates and still wants a new record, and the family to add them to afterwards, if any.
 */
public class RegisterPersonForm extends PersonDetailsForm {

    private boolean confirmed;
    private String family;

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public String getFamily() {
        return family;
    }

    public void setFamily(String family) {
        this.family = family;
    }
}
