package uk.joinedup.webui.caseservice;

import java.time.LocalDate;

/**
 * A person found by a search or a duplicate check.
 *
 * @param reason why they match: {@code SAME_NHS_NUMBER}, {@code SAME_NATIONAL_INSURANCE_NUMBER},
 *     {@code SAME_UNIQUE_PUPIL_NUMBER}, {@code SAME_DATE_OF_BIRTH_AND_SIMILAR_NAME}, {@code NAME} or
 *     {@code IDENTIFIER}
 */
public record PersonMatch(String personId, String givenNames, String familyName, LocalDate dateOfBirth, String reason) {

    public String fullName() {
        return givenNames + " " + familyName;
    }

    /** The same national identifier: registering them again would be refused. */
    public boolean sameIdentifier() {
        return reason != null && reason.startsWith("SAME_") && !"SAME_DATE_OF_BIRTH_AND_SIMILAR_NAME".equals(reason);
    }
}
