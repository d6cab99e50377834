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

    /** Nobody the service works with was born earlier: an earlier date is a mistake. */
    public static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);

    public PersonDetails withName(PersonName corrected) {
        return new PersonDetails(corrected, dateOfBirth, sexOrGender, address, identifiers);
    }
}
