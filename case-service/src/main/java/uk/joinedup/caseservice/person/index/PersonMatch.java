package uk.joinedup.caseservice.person.index;

import java.time.LocalDate;

/**
 * A person found, identity only.
 *
 * @param reason why they match: {@code SAME_NHS_NUMBER}, {@code SAME_NATIONAL_INSURANCE_NUMBER},
 *     {@code SAME_UNIQUE_PUPIL_NUMBER}, {@code SAME_DATE_OF_BIRTH_AND_SIMILAR_NAME} or {@code NAME}
 */
public record PersonMatch(
        String personId, String givenNames, String familyName, LocalDate dateOfBirth, String reason) {}
