package uk.joinedup.caseservice.imports.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.imports.extracts.ExtractType;
import uk.joinedup.caseservice.imports.extracts.ReadRow;
import uk.joinedup.caseservice.imports.extracts.ShippedTypes;
import uk.joinedup.caseservice.imports.matching.ExtractIdentity;
import uk.joinedup.caseservice.imports.web.Upns;
import uk.joinedup.caseservice.person.api.CandidatePerson;
import uk.joinedup.caseservice.person.api.FindMatchCandidates;

class SubjectsTest {

    private static final ExtractType CONTACTS = ShippedTypes.find("parents-and-carers");
    private static final ExtractType ATTENDANCE = ShippedTypes.find("school-attendance");

    private static ReadRow.Accepted contact(int row, String upn) {
        return new ReadRow.Accepted(
                row,
                upn + "\u001FLisa\u001FLee",
                new ExtractIdentity("Lisa", "Lee", LocalDate.of(1985, 6, 5), "SO14 0PB", null, null, null),
                new ReadRow.Address("1 High Street", "Southampton"),
                new ParentRecorded(null, true),
                LocalDate.of(2026, 9, 1),
                "hash-" + row,
                new ReadRow.SubjectIdentifier("uniquePupilNumber", upn));
    }

    private static CandidatePerson pupil(String personId, String upn) {
        return new CandidatePerson(
                personId, "Mia", "Lee", LocalDate.of(2013, 2, 11), "SO14 0PB", null, null, upn, List.of());
    }

    @Test
    void looksUpTheSubjectsOfTheRowsReadWholeOfATypeWithASubject() {
        ReadRow.Accepted accepted = contact(2, Upns.of(1));
        ReadRow.Refused refused = new ReadRow.Refused(3, List.of(new ReadRow.Problem("Relationship", "No")));

        assertThat(Subjects.toLookUp(CONTACTS, List.of(accepted, refused))).containsExactly(accepted);
        assertThat(Subjects.toLookUp(ATTENDANCE, List.of(accepted, refused)))
                .as("a type without a subject records on the row's person")
                .isEmpty();
    }

    @Test
    void describesASubjectByTheirIdentifierAlone() {
        assertThat(Subjects.described(new ReadRow.SubjectIdentifier("uniquePupilNumber", "U")))
                .isEqualTo(new FindMatchCandidates.Described(null, null, null, null, "U"));
        assertThat(Subjects.described(new ReadRow.SubjectIdentifier("nhsNumber", "N")))
                .isEqualTo(new FindMatchCandidates.Described(null, null, "N", null, null));
        assertThat(Subjects.described(new ReadRow.SubjectIdentifier("nationalInsuranceNumber", "I")))
                .isEqualTo(new FindMatchCandidates.Described(null, null, null, "I", null));
    }

    @Test
    void recordsEachRowOnTheOnePersonHoldingItsIdentifierAndRefusesTheRest() {
        ReadRow.Accepted known = contact(2, Upns.of(1));
        ReadRow.Accepted unknown = contact(3, Upns.of(2));
        ReadRow.Accepted twice = contact(4, Upns.of(3));
        ReadRow.Refused malformed = new ReadRow.Refused(5, List.of(new ReadRow.Problem("Relationship", "No")));
        List<ReadRow> read = List.of(known, unknown, twice, malformed);

        Subjects.Found found = Subjects.find(
                CONTACTS,
                read,
                List.of(known, unknown, twice),
                List.of(
                        List.of(pupil("mia", Upns.of(1))),
                        List.of(pupil("someone-else", Upns.of(9))),
                        List.of(pupil("kai", Upns.of(3)), pupil("kai-again", Upns.of(3)))));

        assertThat(found.recordedOn()).isEqualTo(Map.of(2, new StagedRow.RecordedOn("mia", "parent")));
        assertThat(found.rows())
                .containsExactly(
                        known,
                        new ReadRow.Refused(3, List.of(CONTACTS.subjectUnknown(Upns.of(2)))),
                        new ReadRow.Refused(4, List.of(CONTACTS.subjectAmbiguous(Upns.of(3)))),
                        malformed);
        assertThat(CONTACTS.subjectUnknown(Upns.of(2)).reason())
                .isEqualTo("Nobody registered has the pupil UPN " + Upns.of(2)
                        + ": import the school's attendance or exclusions first, which register its pupils");
    }

    @Test
    void findsASubjectByTheKindOfIdentifierTheTypeNamesThemBy() {
        ReadRow.Accepted byNhsNumber = aboutTheHolderOf(2, "nhsNumber", "9434765919");
        ReadRow.Accepted byNiNumber = aboutTheHolderOf(3, "nationalInsuranceNumber", "AB123456C");
        CandidatePerson holdsBoth =
                new CandidatePerson("jo", "Jo", "Lee", null, null, "9434765919", "AB123456C", "9434765919", List.of());
        CandidatePerson holdsItAsAnotherIdentifier =
                new CandidatePerson("other", "Al", "Lee", null, null, "AB123456C", "9434765919", null, List.of());

        Subjects.Found found = Subjects.find(
                CONTACTS,
                List.of(byNhsNumber, byNiNumber),
                List.of(byNhsNumber, byNiNumber),
                List.of(
                        List.of(holdsBoth, holdsItAsAnotherIdentifier),
                        List.of(holdsBoth, holdsItAsAnotherIdentifier)));

        assertThat(found.recordedOn())
                .isEqualTo(Map.of(
                        2, new StagedRow.RecordedOn("jo", "parent"),
                        3, new StagedRow.RecordedOn("jo", "parent")));
    }

    /** A contact's row whose fact goes on the person holding this identifier. */
    private static ReadRow.Accepted aboutTheHolderOf(int row, String identifier, String value) {
        return new ReadRow.Accepted(
                row,
                "key",
                new ExtractIdentity(null, "Lee", null, null, null, null, null),
                null,
                new ParentRecorded(null, true),
                LocalDate.of(2026, 9, 1),
                "hash",
                new ReadRow.SubjectIdentifier(identifier, value));
    }
}
