package uk.joinedup.webui.identification;

import org.springframework.validation.BindingResult;

/** What confirming a household as a family posts: the family's name. */
public class HouseholdForm {

    /** The longest name case-service takes. */
    static final int MOST_CHARACTERS = 200;

    private String name;

    /** The name to register the family under, or null with what is wrong put on the form. */
    String validate(BindingResult errors) {
        String given = name == null ? "" : name.strip();
        if (given.isEmpty()) {
            errors.rejectValue("name", "identification.household.name.missing");
            return null;
        }
        if (given.length() > MOST_CHARACTERS) {
            errors.rejectValue("name", "identification.household.name.tooLong", new Object[] {MOST_CHARACTERS}, null);
            return null;
        }
        return given;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
