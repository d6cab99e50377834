package uk.joinedup.webui.family;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the "register a family" page posts. */
public class RegisterFamilyForm {

    @NotBlank(message = "{family.name.missing}")
    @Size(max = 100, message = "{family.name.tooLong}")
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
