package uk.joinedup.caseservice.imports.matching;

import java.time.LocalDate;

/**
 * What one row of an agency's extract says about who it is. Any part may be missing (null). The identifiers
 * arrive normalised: an NHS number as ten digits, a National Insurance number and a unique pupil number upper
 * case without spaces.
 *
 * @param givenNames the given names, the first one first
 */
public record ExtractIdentity(
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String nhsNumber,
        String nationalInsuranceNumber,
        String uniquePupilNumber) {}
