package uk.joinedup.caseservice.person.api;

/**
 * The national identifiers a person may have; each may be null.
 *
 * @param nhsNumber 10 digits with a valid modulus-11 check digit
 * @param nationalInsuranceNumber e.g. {@code AB123456C}
 * @param uniquePupilNumber 13 characters starting with a check letter
 */
public record PersonIdentifiers(
        NhsNumber nhsNumber, NationalInsuranceNumber nationalInsuranceNumber, UniquePupilNumber uniquePupilNumber) {

    public static PersonIdentifiers none() {
        return new PersonIdentifiers(null, null, null);
    }
}
