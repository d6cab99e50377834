package uk.joinedup.caseservice.imports.extracts;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.imports.matching.ExtractIdentity;

/** What one row of an extract says, read against its type: a fact about someone, or why it cannot be. */
public sealed interface ReadRow permits ReadRow.Accepted, ReadRow.Refused {

    int row();

    /**
     * A row that records a fact.
     *
     * @param sourceKey the values of the type's source key columns, which identify the row in its source
     * @param identity who the row is about, to match them to a person
     * @param address the first line of their address and their town, for registering them, each may be null
     * @param contentHash a digest of everything the row gives, to tell a changed row from the same row again
     * @param subject for a type with a subject, the identifier of the person the fact is recorded on (the fact
     *     then leaves the field naming the row's person empty, until the row's person is known); else null
     */
    record Accepted(
            int row,
            String sourceKey,
            ExtractIdentity identity,
            Address address,
            AgencyFact fact,
            LocalDate occurredOn,
            String contentHash,
            SubjectIdentifier subject)
            implements ReadRow {}

    /** A row refused, with every problem found in it. */
    record Refused(int row, List<Problem> problems) implements ReadRow {

        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A problem with a row.
     *
     * @param column the column it is in, or null when it is the row as a whole
     * @param reason what is wrong, in plain words
     */
    record Problem(String column, String reason) {}

    /**
     * Who the fact is recorded on, for a type with a subject.
     *
     * @param field which identifier: nhsNumber, nationalInsuranceNumber or uniquePupilNumber
     * @param value the identifier, normalised
     */
    record SubjectIdentifier(String field, String value) {}

    /** The parts of an address an extract may give besides the postcode. */
    record Address(String line1, String town) {}
}
