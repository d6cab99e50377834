package uk.joinedup.caseservice.imports.job;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.imports.api.Suggestion;
import uk.joinedup.caseservice.imports.extracts.ExtractSubject;
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
 * @param recordedOn for a type with a subject, the registered person the fact is recorded on, and the fact's
 *     field to be given the row's person; null when the fact is recorded on the row's person
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
        List<ReadRow.Problem> problems,
        RecordedOn recordedOn) {

    public StagedRow {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /**
     * Whether it still says something about the person: it is theirs or its fact is on their record, and it holds
     * who it is about or its fact; or it suggests them.
     */
    boolean saysAnythingAbout(String personId) {
        boolean theirs =
                personId.equals(this.personId) || (recordedOn != null && personId.equals(recordedOn.personId()));
        return (theirs && (identity != null || address != null || fact != null || contentHash != null))
                || suggestions.stream().anyMatch(suggestion -> personId.equals(suggestion.personId()));
    }

    /**
     * The row once the person is erased ({@link #saysAnythingAbout}): its number and outcome stay; who it was about (identity, address), its
     * fact, the fact's date and the digest of the row, and the suggestions of the person go. It is not recorded
     * any more ({@link #recordsNow}).
     */
    StagedRow forgetting(String personId) {
        return new StagedRow(
                row,
                outcome,
                factId,
                null,
                null,
                null,
                null,
                null,
                this.personId,
                changed,
                suggestions.stream()
                        .filter(suggestion -> !personId.equals(suggestion.personId()))
                        .toList(),
                problems,
                recordedOn);
    }

    /**
     * Whether importing it records (or corrects) a fact now, without a person deciding: not once an erasure has
     * forgotten its fact.
     */
    boolean recordsNow() {
        return (outcome == RowOutcome.MATCHED || outcome == RowOutcome.NEW_PERSON) && fact != null;
    }

    /** Who the fact is recorded on once the row's person is known: them, or the subject the row names. */
    String whoseRecord(String personId) {
        return recordedOn == null ? personId : recordedOn.personId();
    }

    /** The fact to record once the row's person is known: for a type with a subject, naming them. */
    AgencyFact factNaming(String personId) {
        return recordedOn == null ? fact : ExtractSubject.naming(fact, recordedOn.personField(), personId);
    }

    /**
     * The person a fact is recorded on when it is not the row's person.
     *
     * @param personField the fact's field that names the row's person
     */
    public record RecordedOn(String personId, String personField) {}
}
