package uk.joinedup.caseservice.person.api;

import java.util.Objects;

/** A person's name as recorded: given names and family name. */
public record PersonName(String givenNames, String familyName) {

    public PersonName {
        Objects.requireNonNull(givenNames, "givenNames");
        Objects.requireNonNull(familyName, "familyName");
    }

    public String fullName() {
        return givenNames + " " + familyName;
    }
}
