package uk.joinedup.caseservice.imports.extracts;

import java.util.List;
import java.util.Optional;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.FactCatalogue;

/**
 * A documented kind of extract: its columns, the fact each row records, and which columns make a row's
 * identity within its source.
 *
 * @param id the file's name without extension, for example {@code school-attendance}
 * @param fact the kind of fact each row records
 * @param createsPeople whether a row about someone nobody has registered registers them (only for extracts
 *     whose rows say fully who they are about)
 * @param sourceKey the columns that together identify a row within the agency's system: a row with the same
 *     key in a later file is the same row again
 * @param dateFormat how the file writes dates, for example {@code dd/MM/yyyy}
 * @param subject for rows about two people, the person the fact is recorded on and the field that names the
 *     row's person; null when the fact is recorded on the row's person
 * @param datedOnImport whether the rows carry no date of their own: each fact is then dated the day its file
 *     is checked (what the agency's system held that day), and no column maps to {@code occurredOn}
 */
public record ExtractType(
        String id,
        String name,
        String description,
        Class<? extends AgencyFact> fact,
        boolean createsPeople,
        List<String> sourceKey,
        String dateFormat,
        List<ExtractColumn> columns,
        ExtractSubject subject,
        boolean datedOnImport) {

    public ExtractType {
        sourceKey = List.copyOf(sourceKey);
        columns = List.copyOf(columns);
    }

    public String factName() {
        return fact.getSimpleName();
    }

    /** Whether an agency of this kind may record the extract's facts (the catalogue decides). */
    public boolean recordableBy(AgencyKind kind) {
        return FactCatalogue.recordableBy(fact).contains(kind);
    }

    /** The column identifying the person the fact is recorded on, for a type with a subject. */
    public Optional<ExtractColumn> subjectColumn() {
        return columns.stream().filter(ExtractColumn::givesSubject).findFirst();
    }

    /** Why a row whose subject nobody registered holds is refused. */
    public ReadRow.Problem subjectUnknown(String identifier) {
        String column = subjectColumn().orElseThrow().name();
        return new ReadRow.Problem(
                column,
                "Nobody registered has the " + RowReader.inASentence(column) + " " + identifier + ": "
                        + subject.ifUnknown());
    }

    /** Why a row whose subject several registered people hold is refused. */
    public ReadRow.Problem subjectAmbiguous(String identifier) {
        String column = subjectColumn().orElseThrow().name();
        return new ReadRow.Problem(
                column,
                "More than one person registered has the " + RowReader.inASentence(column) + " " + identifier
                        + ": the row cannot tell which of them it is about");
    }

    public Optional<ExtractColumn> column(String name) {
        return columns.stream()
                .filter(column -> column.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }
}
