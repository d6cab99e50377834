package uk.joinedup.caseservice.views.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;

/**
 * One live agency fact of a person as the outcomes dashboard needs it: what the sharing policy decides on
 * (owning agency, its kind, the category, the business date), what a drill-down shows of it (kind, date,
 * agency name), and the typed fact itself, except for a case note, whose text no figure reads: it is kept
 * only so that the policy decides on it as on the person record.
 *
 * @param recordedAt when it was first recorded: orders facts of the same business date, as the record does
 * @param fact the typed fact; null for a case note
 */
record OutcomeEntry(
        String entryId,
        String kind,
        LocalDate occurredOn,
        Instant recordedAt,
        AgencyId owningAgency,
        String owningAgencyName,
        AgencyKind owningAgencyKind,
        InformationCategory category,
        AgencyFact fact) {

    /** The fact as kept: without a case note's text. */
    static AgencyFact kept(AgencyFact fact) {
        return fact instanceof CaseNoteWritten ? null : fact;
    }

    OutcomeEntry corrected(AgencyFact newFact, LocalDate newOccurredOn) {
        return new OutcomeEntry(
                entryId,
                kind,
                newOccurredOn,
                recordedAt,
                owningAgency,
                owningAgencyName,
                owningAgencyKind,
                category,
                kept(newFact));
    }
}
