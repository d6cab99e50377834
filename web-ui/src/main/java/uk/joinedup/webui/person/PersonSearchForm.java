package uk.joinedup.webui.person;

import uk.joinedup.webui.govuk.DateInput;

/** What the "find a person" page sends: a family name (with given names, date of birth) or an identifier. */
public class PersonSearchForm {

    private String familyName;
    private String givenNames;
    private DateInput dateOfBirth = new DateInput();
    private String identifier;

    /** Nothing was typed: the page was opened, not searched. */
    boolean empty() {
        return blank(familyName) && blank(givenNames) && dateOfBirth.blank() && blank(identifier);
    }

    boolean byIdentifier() {
        return !blank(identifier);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public DateInput getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(DateInput dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }
}
