package uk.joinedup.caseservice.imports.job;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.imports.api.Suggestion;
import uk.joinedup.caseservice.imports.extracts.ReadRow;
import uk.joinedup.caseservice.imports.matching.ExtractIdentity;

/**
 * A row as the dry run left it: what it records, about whom, and what importing it will do.
 *
 * @param factId the id of the fact it records, from its source and source key: the same row imported again
 *     is the same fact
 * @param personId who it is about: the person matched, the person to register, or (unchanged or changed)
 *     the person it was recorded about before; null when a person must decide or it is not recorded
 * @param changed imported before with other content: importing it corrects the fact
 * @param problems why it is refused or not recorded
 */
public record StagedRow(
        int row,
        RowOutcome outcome,
        String factId,
        ExtractIdentity identity,
        ReadRow.Address address,
        AgencyFact fact,
        LocalDate occurredOn,
        String contentHash,
        String personId,
        boolean changed,
        List<Suggestion> suggestions,
        List<ReadRow.Problem> problems) {

    public StagedRow {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Whether importing it records (or corrects) a fact now, without a person deciding. */
    boolean recordsNow() {
        return outcome == RowOutcome.MATCHED || outcome == RowOutcome.NEW_PERSON;
    }
}
