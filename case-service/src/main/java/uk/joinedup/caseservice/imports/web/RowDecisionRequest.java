package uk.joinedup.caseservice.imports.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.joinedup.caseservice.imports.job.ReviewChoice;

/**
 * A decision about a row to review.
 *
 * @param personId for {@code MATCH}, who the row is about
 */
record RowDecisionRequest(
        @NotNull(message = "Select what to do with the row") ReviewChoice decision,
        @Size(max = 100, message = "The person id must be 100 characters or fewer") String personId) {

    @JsonIgnore
    @AssertTrue(message = "Enter the person id of who the row is about")
    public boolean isPersonGivenForMatch() {
        return decision != ReviewChoice.MATCH || personId != null && !personId.isBlank();
    }
}
