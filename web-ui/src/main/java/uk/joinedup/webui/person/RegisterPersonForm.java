package uk.joinedup.webui.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.joinedup.webui.govuk.DateInput;

/** What the "register a person" page posts. */
public class RegisterPersonForm {

    @NotBlank(message = "{person.givenNames.missing}")
    @Size(max = 100, message = "{person.givenNames.tooLong}")
    private String givenNames;

    @NotBlank(message = "{person.familyName.missing}")
    @Size(max = 100, message = "{person.familyName.tooLong}")
    private String familyName;

    private DateInput dateOfBirth = new DateInput();

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public DateInput getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(DateInput dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }
}
