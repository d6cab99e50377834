package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;

/**
 * Who a person is, as recorded.
 *
 * @param name given and family names
 * @param dateOfBirth date of birth
 * @param sexOrGender as recorded, may be null
 * @param address current address, may be null
 * @param identifiers national identifiers, each may be null
 */
public record PersonDetails(
        PersonName name,
        LocalDate dateOfBirth,
        SexOrGender sexOrGender,
        Address address,
        PersonIdentifiers identifiers) {

    public PersonDetails withName(PersonName corrected) {
        return new PersonDetails(corrected, dateOfBirth, sexOrGender, address, identifiers);
    }
}
