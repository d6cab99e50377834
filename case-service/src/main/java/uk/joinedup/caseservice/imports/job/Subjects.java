package uk.joinedup.caseservice.imports.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.caseservice.imports.extracts.ExtractType;
import uk.joinedup.caseservice.imports.extracts.ReadRow;
import uk.joinedup.caseservice.person.api.CandidatePerson;
import uk.joinedup.caseservice.person.api.FindMatchCandidates;

/**
 * For a type whose rows are about two people: the registered person each row's fact is recorded on, found by
 * the identifier the row gives for them and nothing else (no name or date of birth is weighed: the subject is
 * not matched, it is looked up). A row whose identifier nobody registered holds, or several people do, is
 * refused. Pure: the candidates are found by the caller.
 */
final class Subjects {

    private Subjects() {}

    /**
     * The rows read, with those whose subject is not one registered person refused, and the person each other
     * row's fact is recorded on, by row number.
     */
    record Found(List<ReadRow> rows, Map<Integer, StagedRow.RecordedOn> recordedOn) {}

    /** The rows whose subject must be looked up: those read whole, of a type with a subject. */
    static List<ReadRow.Accepted> toLookUp(ExtractType type, List<ReadRow> read) {
        if (type.subject() == null) {
            return List.of();
        }
        return read.stream()
                .filter(ReadRow.Accepted.class::isInstance)
                .map(ReadRow.Accepted.class::cast)
                .toList();
    }

    /** How a row's subject is described to the person index: by their identifier alone. */
    static FindMatchCandidates.Described described(ReadRow.SubjectIdentifier subject) {
        return new FindMatchCandidates.Described(
                null,
                null,
                subject.field().equals("nhsNumber") ? subject.value() : null,
                subject.field().equals("nationalInsuranceNumber") ? subject.value() : null,
                subject.field().equals("uniquePupilNumber") ? subject.value() : null);
    }

    /**
     * @param lookedUp the rows {@link #toLookUp} gave
     * @param candidates the people the index found for each of them, in the same order
     */
    static Found find(
            ExtractType type,
            List<ReadRow> read,
            List<ReadRow.Accepted> lookedUp,
            List<List<CandidatePerson>> candidates) {
        Map<Integer, ReadRow> refused = new HashMap<>();
        Map<Integer, StagedRow.RecordedOn> recordedOn = new HashMap<>();
        for (int i = 0; i < lookedUp.size(); i++) {
            ReadRow.Accepted row = lookedUp.get(i);
            ReadRow.SubjectIdentifier subject = row.subject();
            List<String> holders = candidates.get(i).stream()
                    .filter(person -> subject.value().equals(identifier(person, subject.field())))
                    .map(CandidatePerson::personId)
                    .toList();
            if (holders.size() == 1) {
                recordedOn.put(
                        row.row(),
                        new StagedRow.RecordedOn(holders.get(0), type.subject().personField()));
            } else {
                refused.put(
                        row.row(),
                        new ReadRow.Refused(
                                row.row(),
                                List.of(
                                        holders.isEmpty()
                                                ? type.subjectUnknown(subject.value())
                                                : type.subjectAmbiguous(subject.value()))));
            }
        }
        List<ReadRow> rows = new ArrayList<>();
        read.forEach(row -> rows.add(refused.getOrDefault(row.row(), row)));
        return new Found(rows, recordedOn);
    }

    private static String identifier(CandidatePerson person, String field) {
        return switch (field) {
            case "nhsNumber" -> person.nhsNumber();
            case "nationalInsuranceNumber" -> person.nationalInsuranceNumber();
            default -> person.uniquePupilNumber();
        };
    }
}
