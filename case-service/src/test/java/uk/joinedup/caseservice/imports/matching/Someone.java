package uk.joinedup.caseservice.imports.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the tests describe them, read either as an extract's row or as a known person:
 * {@code someone("Jane", "Smith").born(..).livingAt(..).asRow()}.
 */
record Someone(
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String nhsNumber,
        String nationalInsuranceNumber,
        String uniquePupilNumber,
        List<String> previousNames) {

    static Someone someone(String givenNames, String familyName) {
        return new Someone(givenNames, familyName, null, null, null, null, null, null);
    }

    static Someone nobody() {
        return someone(null, null);
    }

    Someone named(String newGivenNames, String newFamilyName) {
        return new Someone(
                newGivenNames,
                newFamilyName,
                dateOfBirth,
                postcode,
                nhsNumber,
                nationalInsuranceNumber,
                uniquePupilNumber,
                previousNames);
    }

    Someone born(LocalDate day) {
        return new Someone(
                givenNames,
                familyName,
                day,
                postcode,
                nhsNumber,
                nationalInsuranceNumber,
                uniquePupilNumber,
                previousNames);
    }

    Someone livingAt(String newPostcode) {
        return new Someone(
                givenNames,
                familyName,
                dateOfBirth,
                newPostcode,
                nhsNumber,
                nationalInsuranceNumber,
                uniquePupilNumber,
                previousNames);
    }

    Someone nhs(String number) {
        return new Someone(
                givenNames,
                familyName,
                dateOfBirth,
                postcode,
                number,
                nationalInsuranceNumber,
                uniquePupilNumber,
                previousNames);
    }

    Someone nationalInsurance(String number) {
        return new Someone(
                givenNames, familyName, dateOfBirth, postcode, nhsNumber, number, uniquePupilNumber, previousNames);
    }

    Someone pupil(String number) {
        return new Someone(
                givenNames,
                familyName,
                dateOfBirth,
                postcode,
                nhsNumber,
                nationalInsuranceNumber,
                number,
                previousNames);
    }

    Someone formerly(String... fullNames) {
        return new Someone(
                givenNames,
                familyName,
                dateOfBirth,
                postcode,
                nhsNumber,
                nationalInsuranceNumber,
                uniquePupilNumber,
                List.of(fullNames));
    }

    ExtractIdentity asRow() {
        return new ExtractIdentity(
                givenNames, familyName, dateOfBirth, postcode, nhsNumber, nationalInsuranceNumber, uniquePupilNumber);
    }

    KnownPerson as(String personId) {
        return new KnownPerson(
                personId,
                givenNames,
                familyName,
                dateOfBirth,
                postcode,
                nhsNumber,
                nationalInsuranceNumber,
                uniquePupilNumber,
                previousNames);
    }
}
