package uk.joinedup.webui.caseservice;

import java.time.LocalDate;

/**
 * A person found by a search or a duplicate check.
 *
 * @param reason why they match. A search: {@code NAME}, {@code NAME_STARTS_WITH}, {@code NAME_SOUNDS_LIKE},
 *     {@code PREVIOUS_NAME}, {@code DATE_OF_BIRTH}, {@code POSTCODE} or {@code IDENTIFIER}; a duplicate
 *     check: {@code SAME_NHS_NUMBER}, {@code SAME_NATIONAL_INSURANCE_NUMBER}, {@code SAME_UNIQUE_PUPIL_NUMBER}
 *     or {@code SAME_DATE_OF_BIRTH_AND_SIMILAR_NAME}
 */
public record PersonMatch(String personId, String givenNames, String familyName, LocalDate dateOfBirth, String reason) {

    public String fullName() {
        return givenNames + " " + familyName;
    }

    /** Found only by a name they had before, or by a name that merely sounds like theirs: worth a hint. */
    public boolean looseMatch() {
        return "PREVIOUS_NAME".equals(reason) || "NAME_SOUNDS_LIKE".equals(reason);
    }

    /** The same national identifier: registering them again would be refused. */
    public boolean sameIdentifier() {
        return reason != null && reason.startsWith("SAME_") && !"SAME_DATE_OF_BIRTH_AND_SIMILAR_NAME".equals(reason);
    }
}
