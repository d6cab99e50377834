package uk.joinedup.webui.caseservice;

import java.time.LocalDate;

/**
 * A person's details as case-service takes them to register or correct a person; optional parts may be
 * null. case-service checks identifiers and the postcode and names the field at fault.
 */
public record PersonDetailsRequest(
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        SexOrGender sexOrGender,
        PersonDetails.Address address,
        String nhsNumber,
        String nationalInsuranceNumber,
        String uniquePupilNumber) {}
