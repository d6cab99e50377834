package uk.joinedup.caseservice.person.index;

import java.time.LocalDate;

/**
 * A person found, identity only.
 *
 * @param reason why they match. A search by name: {@code NAME} (every word is a word of their name),
 *     {@code NAME_STARTS_WITH} (some word is the start of one), {@code NAME_SOUNDS_LIKE} (some word only
 *     sounds like one) or {@code PREVIOUS_NAME} (some word matches only a name they had before); by other
 *     details alone: {@code DATE_OF_BIRTH}, {@code POSTCODE} or {@code IDENTIFIER}. A possible duplicate:
 *     {@code SAME_NHS_NUMBER}, {@code SAME_NATIONAL_INSURANCE_NUMBER}, {@code SAME_UNIQUE_PUPIL_NUMBER} or
 *     {@code SAME_DATE_OF_BIRTH_AND_SIMILAR_NAME}
 */
public record PersonMatch(
        String personId, String givenNames, String familyName, LocalDate dateOfBirth, String reason) {}
